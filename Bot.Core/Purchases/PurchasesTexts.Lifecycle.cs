using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>Texts of claiming, buying, delivering, confirming and cancelling.</summary>
internal static partial class PurchasesTexts
{
    public static readonly Text GroupNew = new("🛒 新代购 {0}\n期望时间：{1}", "🛒 新代購 {0}\n期望時間：{1}", "🛒 New request {0}\nWanted: {1}");

    public static readonly Text ButtonClaim = new("接单", "接單", "Take it");

    public static readonly Text ButtonBought = new("已买到", "已買到", "Bought");

    public static readonly Text ButtonRelease = new("放弃", "放棄", "Give back");

    public static readonly Text ButtonDelivered = new("已送达", "已送達", "Delivered");

    public static readonly Text ButtonReceived = new("确认收到", "確認收到", "Received");

    public static readonly Text ClaimedForClaimer = new(
        "您已接单：\n{0}\n买到后请点「已买到」（或发送「已买到 {1} 金额」），放在居民门口后点「已送达」。",
        "您已接單：\n{0}\n買到後請點「已買到」（或發送「已買到 {1} 金額」），放在居民門口後點「已送達」。",
        "You took this request:\n{0}\nTap Bought when you have the goods (or send /bought {1} AMOUNT), then Delivered once they are at the door.");

    /// <summary>Says where the details are: a Telegram bot cannot write first to someone who never opened a chat with it.</summary>
    public static readonly Text ClaimedGroup = new(
        "#{0} 已由 {1} 接单，详情已私信发送；没收到请私聊我发送「我的接单」。",
        "#{0} 已由 {1} 接單，詳情已私信發送；沒收到請私聊我發送「我的接單」。",
        "#{0} was taken by {1}; the details went by private message (none came? send me /myclaims in a private chat).");

    public static readonly Text ClaimedResident = new(
        "您的代购 #{0} 已由志愿者 {1} 接单。",
        "您的代購 #{0} 已由志願者 {1} 接單。",
        "Your request #{0} was taken by volunteer {1}.");

    public static readonly Text AlreadyClaimed = new(
        "#{0} 已经由 {1} 接单了，谢谢！",
        "#{0} 已經由 {1} 接單了，謝謝！",
        "#{0} has already been taken by {1}. Thank you!");

    public static readonly Text ClaimWithdrawn = new(
        "#{0} 已被居民撤回，不用再接单了。", "#{0} 已被居民撤回，不用再接單了。", "#{0} was withdrawn by the resident; there is nothing to take.");

    public static readonly Text CannotClaim = new("#{0} 当前是「{1}」，不能接单。", "#{0} 當前是「{1}」，不能接單。", "#{0} is {1}; it cannot be taken.");

    public static readonly Text NotFound = new("没有找到代购 #{0}。", "沒有找到代購 #{0}。", "There is no request #{0}.");

    public static readonly Text IdUsage = new("请带上代购编号，例如「{0} 12」。", "請帶上代購編號，例如「{0} 12」。", "Please add the request number, for example \"{0} 12\".");

    public static readonly Text ReleaseNeedsReason = new(
        "请说明放弃的原因，例如「放弃接单 {0} 临时有值守任务」。",
        "請說明放棄的原因，例如「放棄接單 {0} 臨時有值守任務」。",
        "Please say why, for example \"/release {0} called to a duty point\".");

    public static readonly Text Released = new("已放弃 #{0}，已重新发到干部群。", "已放棄 #{0}，已重新發到幹部群。", "You gave #{0} back; it is posted to the group again.");

    public static readonly Text ReleasedGroup = new(
        "🔁 重新等待接单（原因：{1}）\n{0}",
        "🔁 重新等待接單（原因：{1}）\n{0}",
        "🔁 Waiting for a volunteer again (reason: {1})\n{0}");

    public static readonly Text ReleasedResident = new(
        "志愿者暂时无法完成您的代购 #{0}，已重新安排，请耐心等待。",
        "志願者暫時無法完成您的代購 #{0}，已重新安排，請耐心等待。",
        "The volunteer cannot do your request #{0} after all; it is waiting for another volunteer.");

    public static readonly Text CannotRelease = new(
        "#{0} 当前是「{1}」，只有已接单、还没买到时才能放弃。",
        "#{0} 當前是「{1}」，只有已接單、還沒買到時才能放棄。",
        "#{0} is {1}; you can only give back a request you took and have not bought yet.");

    public static readonly Text NotYourClaim = new("#{0} 不是您接的单。", "#{0} 不是您接的單。", "#{0} is not one you took.");

    public static readonly Text NotYourRequest = new("#{0} 不是您的代购。", "#{0} 不是您的代購。", "#{0} is not your request.");

    public static readonly Text BoughtForClaimer = new(
        "已记录 #{0} 已买到{1}。放到居民门口后请点「已送达」。",
        "已記錄 #{0} 已買到{1}。放到居民門口後請點「已送達」。",
        "#{0} is marked as bought{1}. Tap Delivered once it is at the door.");

    public static readonly Text BoughtResident = new("您的代购 #{0} 已买到{1}，正在送来。", "您的代購 #{0} 已買到{1}，正在送來。", "Your request #{0} is bought{1} and on its way.");

    public static readonly Text AmountPart = new("，花费 {0} 元", "，花費 {0} 元", ", ¥{0} spent");

    public static readonly Text AmountInvalid = new(
        "金额请写数字，例如「已买到 {0} 35.5」。",
        "金額請寫數字，例如「已買到 {0} 35.5」。",
        "Please give the amount as a number, for example \"/bought {0} 35.5\".");

    public static readonly Text CannotBuy = new(
        "#{0} 当前是「{1}」，不能标记为已买到。",
        "#{0} 當前是「{1}」，不能標記為已買到。",
        "#{0} is {1}; it cannot be marked as bought.");

    public static readonly Text DeliveredForClaimer = new(
        "已记录 #{0} 已送达，谢谢您！这单的地址和电话已对您隐藏。",
        "已記錄 #{0} 已送達，謝謝您！這單的地址和電話已對您隱藏。",
        "#{0} is marked as delivered. Thank you! Its address and phone are hidden from you again.");

    /// <summary>{1} is the amount part (<see cref="AmountPart"/>), empty when none was given.</summary>
    public static readonly Text DeliveredResident = new(
        "您的代购 #{0} 已放在您家门口{1}，请及时取回。收到后请点「确认收到」。",
        "您的代購 #{0} 已放在您家門口{1}，請及時取回。收到後請點「確認收到」。",
        "Your request #{0} has been left at your door{1}. Please take it in, then tap Received.");

    public static readonly Text DeliveredGroup = new("✅ #{0} 已送达。", "✅ #{0} 已送達。", "✅ #{0} was delivered.");

    public static readonly Text CannotDeliver = new(
        "#{0} 当前是「{1}」，不能标记为已送达。",
        "#{0} 當前是「{1}」，不能標記為已送達。",
        "#{0} is {1}; it cannot be marked as delivered.");

    public static readonly Text ConfirmedResident = new("已确认收到 #{0}，谢谢！", "已確認收到 #{0}，謝謝！", "Thank you for confirming #{0}.");

    public static readonly Text ConfirmedClaimer = new("居民已确认收到 #{0}。", "居民已確認收到 #{0}。", "The resident confirmed #{0}.");

    public static readonly Text CannotConfirm = new(
        "#{0} 当前是「{1}」，送达后才能确认收到。",
        "#{0} 當前是「{1}」，送達後才能確認收到。",
        "#{0} is {1}; it can be confirmed once delivered.");

    public static readonly Text CancelledResident = new("已撤回代购 #{0}。", "已撤回代購 #{0}。", "Request #{0} is withdrawn.");

    public static readonly Text CancelledClaimer = new("居民已撤回代购 #{0}，不用再买了。", "居民已撤回代購 #{0}，不用再買了。", "The resident withdrew #{0}; no need to buy it.");

    public static readonly Text CancelledGroup = new("#{0} 已被居民撤回。", "#{0} 已被居民撤回。", "#{0} was withdrawn by the resident.");

    /// <summary>取消代购 of a request already withdrawn (<see cref="CannotCancel"/> would speak of buying).</summary>
    public static readonly Text AlreadyWithdrawn = new("代购 #{0} 已经撤回了。", "代購 #{0} 已經撤回了。", "Request #{0} is already withdrawn.");

    public static readonly Text CannotCancel = new(
        "#{0} 当前是「{1}」，买到之后就不能撤回了，请联系接单的志愿者。",
        "#{0} 當前是「{1}」，買到之後就不能撤回了，請聯繫接單的志願者。",
        "#{0} is {1}; once bought it cannot be withdrawn. Please talk to your volunteer.");

    public static readonly Text AutoClosedResident = new(
        "您的代购 #{0} 送达已超过 {1}，已自动完成。",
        "您的代購 #{0} 送達已超過 {1}，已自動完成。",
        "Your request #{0} was delivered more than {1} ago and is now closed.");

    public static readonly Text ReminderGroup = new(
        "⏰ 已等待 {1}，还没有人接单：\n{0}",
        "⏰ 已等待 {1}，還沒有人接單：\n{0}",
        "⏰ Nobody has taken this for {1}:\n{0}");

    public static readonly Text ReminderSecretary = new(
        "⏰ 代购 #{0} 已等待 {1} 仍无人接单，请协调。\n{2}\n发送「代购详情 {0}」查看地址。",
        "⏰ 代購 #{0} 已等待 {1} 仍無人接單，請協調。\n{2}\n發送「代購詳情 {0}」查看地址。",
        "⏰ Request #{0} has waited {1} without a volunteer; please arrange one.\n{2}\nSend /buyinfo {0} for the address.");
}
