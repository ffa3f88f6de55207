using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>Texts of lists, details, names, figures and command descriptions.</summary>
internal static partial class PurchasesTexts
{
    public static readonly Text CategoryVegetables = new("蔬菜", "蔬菜", "Groceries");

    public static readonly Text CategoryMeals = new("饭菜", "飯菜", "Meals");

    public static readonly Text CategoryMedicine = new("药品", "藥品", "Medicine");

    public static readonly Text CategoryOther = new("其他", "其他", "Other");

    public static readonly Text StatusNew = new("待接单", "待接單", "waiting");

    public static readonly Text StatusClaimed = new("已接单", "已接單", "taken");

    public static readonly Text StatusBought = new("已买到", "已買到", "bought");

    public static readonly Text StatusDelivered = new("已送达", "已送達", "delivered");

    public static readonly Text StatusConfirmed = new("已确认收到", "已確認收到", "received");

    public static readonly Text StatusAutoClosed = new("已自动完成", "已自動完成", "closed");

    public static readonly Text StatusCancelled = new("已撤回", "已撤回", "withdrawn");

    public static readonly Text AddressFull = new("{0}号楼{1}单元{2}", "{0}號樓{1}單元{2}", "Bldg {0}, Unit {1}, Room {2}");

    public static readonly Text AddressBuilding = new("{0}号楼", "{0}號樓", "Bldg {0}");

    public static readonly Text PriorityMark = new("★重点户 ", "★重點戶 ", "★Priority ");

    public static readonly Text Details = new(
        "#{0} · {1}\n物品：{2}\n地址：{3}\n电话：{4}\n时间：{5}\n居民：{6}\n状态：{7}",
        "#{0} · {1}\n物品：{2}\n地址：{3}\n電話：{4}\n時間：{5}\n居民：{6}\n狀態：{7}",
        "#{0} · {1}\nItems: {2}\nAddress: {3}\nPhone: {4}\nTime: {5}\nResident: {6}\nStatus: {7}");

    public static readonly Text Hidden = new("（已隐藏）", "（已隱藏）", "(hidden)");

    public static readonly Text ClaimerPart = new("（{0}）", "（{0}）", " ({0})");

    public static readonly Text MineHeader = new("您的代购：", "您的代購：", "Your requests:");

    public static readonly Text MineEmpty = new("您还没有代购。需要时发送「代购」。", "您還沒有代購。需要時發送「代購」。", "You have no requests yet. Send /buy to make one.");

    public static readonly Text ListHeader = new(
        "待处理的代购 {0} 个（重点户在前，其余按等待时间）：",
        "待處理的代購 {0} 個（重點戶在前，其餘按等待時間）：",
        "{0} open requests (priority households first, then oldest first):");

    public static readonly Text ListLine = new("{0}\n    {1} · 已等待 {2}", "{0}\n    {1} · 已等待 {2}", "{0}\n    {1} · waiting {2}");

    public static readonly Text ListEmpty = new("目前没有待处理的代购。", "目前沒有待處理的代購。", "There are no open requests.");

    public static readonly Text ClaimsHeader = new("您接的单：", "您接的單：", "Requests you took:");

    public static readonly Text ClaimsEmpty = new("您目前没有接单。发送「代购列表」看看有哪些在等。", "您目前沒有接單。發送「代購列表」看看有哪些在等。", "You have no requests. Send /buylist to see what is waiting.");

    public static readonly Text SentPrivately = new("详情已私信发给您。", "詳情已私信發給您。", "I sent you the details privately.");

    public static readonly Text PriorityUsage = new(
        "用法：重点户 3-2-301 说明（再发一次同一地址即取消）；只发「重点户」查看名单。",
        "用法：重點戶 3-2-301 說明（再發一次同一地址即取消）；只發「重點戶」查看名單。",
        "Usage: /priorityhome 3-2-301 NOTE (send it again to remove); /priorityhome alone lists them.");

    public static readonly Text PriorityFlagged = new("已将 {0} 标为重点户。", "已將 {0} 標為重點戶。", "{0} is now a priority household.");

    public static readonly Text PriorityUnflagged = new("已取消 {0} 的重点户标记。", "已取消 {0} 的重點戶標記。", "{0} is no longer a priority household.");

    public static readonly Text PriorityHeader = new("重点户：", "重點戶：", "Priority households:");

    public static readonly Text PriorityEmpty = new("还没有重点户。", "還沒有重點戶。", "There are no priority households.");

    public static readonly Text Figures = new(
        "代购（{0}）：新增 {1}，接单 {2}，送达 {3}；平均接单用时 {4}，平均送达用时 {5}；仍未完成 {6}。",
        "代購（{0}）：新增 {1}，接單 {2}，送達 {3}；平均接單用時 {4}，平均送達用時 {5}；仍未完成 {6}。",
        "Purchases ({0}): {1} new, {2} taken, {3} delivered; average {4} to take, {5} to deliver; {6} still open.");

    public static readonly Text NotAvailable = new("—", "—", "—");

    public static readonly Text BuyDescription = new("请志愿者代买菜、饭、药", "請志願者代買菜、飯、藥", "Ask a volunteer to buy groceries, meals or medicine");

    public static readonly Text MineDescription = new("查看我的代购", "查看我的代購", "Your purchase requests");

    public static readonly Text CancelBuyDescription = new("撤回我的代购", "撤回我的代購", "Withdraw a purchase request");

    public static readonly Text ReceivedDescription = new("确认收到代购", "確認收到代購", "Confirm you received a purchase");

    public static readonly Text ListDescription = new("待处理的代购", "待處理的代購", "Open purchase requests");

    public static readonly Text ClaimsDescription = new("我接的代购", "我接的代購", "Requests you took");

    public static readonly Text ClaimDescription = new("接一个代购", "接一個代購", "Take a purchase request");

    public static readonly Text ReleaseDescription = new("放弃接的单", "放棄接的單", "Give a request back");

    public static readonly Text BoughtDescription = new("代购已买到", "代購已買到", "Mark a request as bought");

    public static readonly Text DeliveredDescription = new("代购已送到门口", "代購已送到門口", "Mark a request as delivered");

    public static readonly Text InfoDescription = new("代购详情", "代購詳情", "Details of a request");

    public static readonly Text PriorityDescription = new("标记重点户", "標記重點戶", "Flag a priority household");

    public static readonly Text FiguresDescription = new("今日代购统计", "今日代購統計", "Today's purchase figures");
}
