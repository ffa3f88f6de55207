using Bot.Core.Messaging;
using Bot.Core.Messaging.Intents;
using Bot.Core.People;
using static Bot.Core.Messaging.Intents.Phrasings;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>How residents and volunteers name the purchase commands (帮我买药, 我的订单, 12号已送达, 我来接 12 …).</summary>
internal sealed class PurchaseIntents : IIntentTable
{
    private static readonly IReadOnlyList<Role> Residents = [Role.Resident];

    public IReadOnlyDictionary<string, IntentArgs> Arguments { get; } = new Dictionary<string, IntentArgs>
    {
        ["buy"] = IntentArgs.Rest,
        ["mybuys"] = IntentArgs.None,
        ["myclaims"] = IntentArgs.None,
        ["buylist"] = IntentArgs.None,
        ["buystats"] = IntentArgs.None,
        ["claim"] = IntentArgs.Number,
        ["bought"] = IntentArgs.Number,
        ["delivered"] = IntentArgs.Number,
        ["release"] = IntentArgs.Number,
        ["cancelbuy"] = IntentArgs.Number,
        ["buyinfo"] = IntentArgs.Number,
        ["received"] = IntentArgs.Number,
    };

    public IReadOnlyList<string> EmptyArguments { get; } =
    [
        "菜", "药", "饭", "东西", "蔬菜", "药品", "吃的", "菜品", "日用品", "藥", "飯", "東西", "藥品", "groceries", "medicine", "food", "something", "stuff",
    ];

    public IReadOnlyList<IntentPhrase> Phrases { get; } =
    [
        .. Hans("buy", "买点", "买些", "买一些", "买", "代买", "帮买", "帮忙买", "买东西", "采购", "订饭", "订餐", "送药", "送菜", "买吃的", "缺药", "没菜了"),
        .. Hant("buy", "買點", "買些", "買一些", "買", "代買", "幫買", "買東西", "採購", "訂飯", "訂餐", "送藥", "送菜"),
        .. English("buy", "buy some", "shopping", "groceries", "get me", "order food", "need medicine"),
        .. Of("mybuys", Language.ZhHans, Residents, false, "我的订单", "订单", "查订单"),
        .. Of("mybuys", Language.ZhHant, Residents, false, "我的訂單", "訂單", "查訂單"),
        .. Of("mybuys", Language.English, Residents, false, "my orders", "my order"),
        .. Of("buy", Language.ZhHans, Residents, false, "订单"),
        .. Of("buy", Language.ZhHant, Residents, false, "訂單"),
        .. Hans("mybuys", "我买的", "我的申请", "代购记录", "代购进度", "查代购", "我的代购单", "买的东西到哪了", "东西到哪了"),
        .. Hant("mybuys", "我買的", "代購記錄", "代購進度", "查代購", "東西到哪了"),
        .. English("mybuys", "my requests", "order status", "where is my order"),
        .. Of("myclaims", Language.ZhHans, CommandSpec.Staff, false, "我的订单", "我的单", "我的单子"),
        .. Of("myclaims", Language.ZhHant, CommandSpec.Staff, false, "我的訂單", "我的單"),
        .. Of("myclaims", Language.English, CommandSpec.Staff, false, "my orders"),
        .. Hans("myclaims", "我接的单", "我接的", "我的任务", "我接的订单"),
        .. Hant("myclaims", "我接的單", "我的任務"),
        .. English("myclaims", "my tasks", "my jobs"),
        .. Hans("buylist", "待接单", "待接的单", "未接单", "没人接的单", "有哪些单", "还有单", "有单", "新订单", "订单列表", "所有代购", "待处理的代购"),
        .. Hant("buylist", "待接單", "未接單", "沒人接的單", "有哪些單", "訂單列表", "所有代購"),
        .. English("buylist", "open requests", "open orders", "pending requests", "request list", "order list"),
        .. Of("claim", Language.ZhHans, null, true, "接", "抢单", "领单", "认领", "接这单", "我接", "我去买", "我来买"),
        .. Of("claim", Language.ZhHant, null, true, "搶單", "領單", "認領", "接這單"),
        .. Of("claim", Language.English, null, true, "take", "i'll take", "i take"),
        .. Hans("bought", "买到", "买好", "已买", "买齐", "已购买", "买完"),
        .. Hant("bought", "買到", "買好", "已買", "買齊", "已購買"),
        .. English("bought", "purchased", "got the goods"),
        .. Hans("delivered", "送到", "送达", "已送", "送过去", "放门口", "放在门口", "送完", "到门口"),
        .. Hant("delivered", "送到", "送達", "已送", "放門口", "放在門口", "送完"),
        .. English("delivered", "dropped off", "at the door", "delivered to"),
        .. Of("release", Language.ZhHans, CommandSpec.Staff, false, "不接了", "接不了", "放弃这单", "退单", "退回"),
        .. Of("release", Language.ZhHant, CommandSpec.Staff, false, "不接了", "接不了", "退單"),
        .. Of("release", Language.English, CommandSpec.Staff, false, "give back", "cannot do"),
        .. Of("cancelbuy", Language.ZhHans, Residents, false, "撤销代购", "撤销", "撤回", "撤单", "取消订单", "取消申请", "退单"),
        .. Of("cancelbuy", Language.ZhHant, Residents, false, "撤銷代購", "撤銷", "撤回", "撤單", "取消訂單", "退單"),
        .. Of("cancelbuy", Language.English, Residents, false, "withdraw", "cancel order", "cancel my order"),
        .. Of("buyinfo", Language.ZhHans, null, true, "详情", "查看", "看看"),
        .. Of("buyinfo", Language.ZhHant, null, true, "詳情", "查看"),
        .. Of("buyinfo", Language.English, null, true, "details", "info"),
        .. Of("received", Language.ZhHans, Residents, false, "收到", "已收到", "拿到", "东西到了", "收货"),
        .. Of("received", Language.ZhHant, Residents, false, "收到", "已收到", "拿到", "收貨"),
        .. Of("received", Language.English, Residents, false, "got it", "received it"),
        .. Hans("buystats", "今日代购", "代购数据", "代购报表"),
        .. Hant("buystats", "今日代購", "代購數據", "代購報表"),
        .. English("buystats", "purchase figures", "purchase report"),
    ];
}
