using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>Texts of the purchases feature: the conversation (this file), the lifecycle and the views (other parts).</summary>
internal static partial class PurchasesTexts
{
    public static readonly Text AskItems = new(
        "请发送要买的东西，可以写多行，例如：\n布洛芬 1盒\n鸡蛋 10个",
        "請發送要買的東西，可以寫多行，例如：\n布洛芬 1盒\n雞蛋 10個",
        "What should we buy? Several lines are fine, for example:\nIbuprofen, 1 box\nEggs, 10");

    public static readonly Text ItemsInvalid = new(
        "请写下要买的东西（最多 {0} 个字），例如：\n布洛芬 1盒\n鸡蛋 10个",
        "請寫下要買的東西（最多 {0} 個字），例如：\n布洛芬 1盒\n雞蛋 10個",
        "Please write what to buy (at most {0} characters), for example:\nIbuprofen, 1 box\nEggs, 10");

    public static readonly Text AskCategory = new("请选择类别：", "請選擇類別：", "Which kind is it?");

    public static readonly Text AskCategoryGuess = new(
        "看起来是「{0}」，请点一下确认，或选择其他类别：",
        "看起來是「{0}」，請點一下確認，或選擇其他類別：",
        "This looks like \"{0}\". Tap to confirm, or pick another kind:");

    public static readonly Text CategoryInvalid = new(
        "请从 菜 / 饭 / 药 / 其他 中选一个，例如发送「药」。",
        "請從 菜 / 飯 / 藥 / 其他 中選一個，例如發送「藥」。",
        "Please pick one of: vegetables / meals / medicine / other, for example send \"medicine\".");

    public static readonly Text AskAddress = new(
        "请发送您家的地址（楼号-单元-房间），例如：3-2-301 或 3号楼2单元301",
        "請發送您家的地址（樓號-單元-房間），例如：3-2-301 或 3號樓2單元301",
        "Your address as building-unit-room, for example: 3-2-301");

    public static readonly Text AskAddressConfirm = new("送到上次的地址 {0} 吗？", "送到上次的地址 {0} 嗎？", "Deliver to {0} like last time?");

    public static readonly Text AddressInvalid = new(
        "没看懂这个地址。请按 楼号-单元-房间 发送，例如：3-2-301 或 3号楼2单元301",
        "沒看懂這個地址。請按 樓號-單元-房間 發送，例如：3-2-301 或 3號樓2單元301",
        "I could not read that address. Please send building-unit-room, for example: 3-2-301");

    public static readonly Text AskPhone = new(
        "请留一个联系电话（11位手机号），方便志愿者联系您；不想留请点「跳过」。例如：13812345678",
        "請留一個聯繫電話（11位手機號），方便志願者聯繫您；不想留請點「跳過」。例如：13812345678",
        "A phone number (11-digit mobile) so the volunteer can reach you, or tap Skip. For example: 13812345678");

    public static readonly Text AskPhoneConfirm = new("联系电话用 {0} 吗？", "聯繫電話用 {0} 嗎？", "Use {0} as your phone number?");

    public static readonly Text PhoneInvalid = new(
        "这不是有效的11位手机号。请重新发送，例如：13812345678，或点「跳过」。",
        "這不是有效的11位手機號。請重新發送，例如：13812345678，或點「跳過」。",
        "That is not a valid 11-digit mobile number. Send one such as 13812345678, or tap Skip.");

    public static readonly Text AskWindow = new(
        "希望什么时间送到？例如：尽快、今天下午、18:00前",
        "希望什麼時間送到？例如：儘快、今天下午、18:00前",
        "When would you like it delivered? For example: as soon as possible, this afternoon, before 18:00");

    public static readonly Text WindowInvalid = new(
        "请用一句简短的话说明时间（不超过 {0} 个字），例如：今天下午",
        "請用一句簡短的話說明時間（不超過 {0} 個字），例如：今天下午",
        "Please give the time in a few words (at most {0} characters), for example: this afternoon");

    public static readonly Text Summary = new(
        "请核对您的代购：\n物品：{0}\n类别：{1}\n地址：{2}\n电话：{3}\n时间：{4}\n无误请点「提交」。",
        "請核對您的代購：\n物品：{0}\n類別：{1}\n地址：{2}\n電話：{3}\n時間：{4}\n無誤請點「提交」。",
        "Please check your request:\nItems: {0}\nKind: {1}\nAddress: {2}\nPhone: {3}\nTime: {4}\nTap Submit if it is right.");

    public static readonly Text SummaryHint = new(
        "请点「提交」、「修改」或「取消」。",
        "請點「提交」、「修改」或「取消」。",
        "Please tap Submit, Change or Cancel.");

    public static readonly Text AskEdit = new("要修改哪一项？", "要修改哪一項？", "What would you like to change?");

    public static readonly Text EditInvalid = new(
        "请选择要修改的项：物品、类别、地址、电话或时间。",
        "請選擇要修改的項：物品、類別、地址、電話或時間。",
        "Please pick what to change: items, kind, address, phone or time.");

    public static readonly Text NoPhone = new("未留", "未留", "none");

    public static readonly Text Submitted = new(
        "已提交代购 #{0}。志愿者接单后会通知您；在买到之前可以发送「取消代购 {0}」撤回。",
        "已提交代購 #{0}。志願者接單後會通知您；在買到之前可以發送「取消代購 {0}」撤回。",
        "Request #{0} is submitted. You will be told when a volunteer takes it; until it is bought you can withdraw it with /cancelbuy {0}.");

    public static readonly Text Expired = new(
        "代购登记长时间没有回复，已自动结束。需要时请重新发送「代购」。",
        "代購登記長時間沒有回覆，已自動結束。需要時請重新發送「代購」。",
        "Your purchase request was left unfinished for a while and has been closed. Send /buy to start again.");

    /// <summary>Also says what to do when nothing arrives: a Telegram bot cannot write first to someone who never opened a chat with it.</summary>
    public static readonly Text MovedToPrivate = new(
        "代购需要填写住址，我们在私聊里继续，请查看我发给您的消息；没收到请先私聊我，再发送「代购」。",
        "代購需要填寫住址，我們在私聊裡繼續，請查看我發給您的消息；沒收到請先私聊我，再發送「代購」。",
        "A purchase request needs your address, so let us continue in a private chat: please check my message to you (none came? open a private chat with me and send /buy).");

    public static readonly Text QuotaReached = new(
        "每户 {0} 天内最多可以申请 {1} 次代购。您家下次可以在 {2} 之后申请。",
        "每戶 {0} 天內最多可以申請 {1} 次代購。您家下次可以在 {2} 之後申請。",
        "Each household may make {1} requests in {0} days. Your household can make the next one after {2}.");

    public static readonly Text QuotaReachedOpen = new(
        "每户最多同时有 {0} 个进行中的代购。请等现有的送达后再申请。",
        "每戶最多同時有 {0} 個進行中的代購。請等現有的送達後再申請。",
        "Each household may have {0} open requests at a time. Please wait until one is delivered.");

    public static readonly Text ButtonYes = new("是", "是", "Yes");

    public static readonly Text ButtonChange = new("换一个", "換一個", "Change");

    public static readonly Text ButtonSkip = new("跳过", "跳過", "Skip");

    public static readonly Text ButtonSubmit = new("提交", "提交", "Submit");

    public static readonly Text ButtonEdit = new("修改", "修改", "Change");

    public static readonly Text ButtonCancel = new("取消", "取消", "Cancel");

    public static readonly Text WindowAsap = new("尽快", "儘快", "As soon as possible");

    public static readonly Text WindowMorning = new("今天上午", "今天上午", "This morning");

    public static readonly Text WindowAfternoon = new("今天下午", "今天下午", "This afternoon");

    public static readonly Text WindowEvening = new("今天晚上", "今天晚上", "This evening");

    public static readonly Text FieldItems = new("物品", "物品", "Items");

    public static readonly Text FieldCategory = new("类别", "類別", "Kind");

    public static readonly Text FieldAddress = new("地址", "地址", "Address");

    public static readonly Text FieldPhone = new("电话", "電話", "Phone");

    public static readonly Text FieldWindow = new("时间", "時間", "Time");

    public static readonly Text AddressConfirmInvalid = new(
        "请点「是」或「换一个」，也可以直接发送新地址，例如：3-2-301",
        "請點「是」或「換一個」，也可以直接發送新地址，例如：3-2-301",
        "Please tap Yes or Change, or send another address such as 3-2-301.");
}
