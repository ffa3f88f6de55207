using Bot.Core.Texts;

namespace Bot.Core.Membership;

/// <summary>Texts of people, roles, invites and group binding.</summary>
internal static class MembershipTexts
{
    public static readonly Text PickCommunity = new(
        "请告诉我您住在哪个社区：发送「社区 名称」，例如「社区 {0}」。",
        "請告訴我您住在哪個社區：發送「社區 名稱」，例如「社區 {0}」。",
        "Which community do you live in? Send /community NAME, for example /community {0}.");

    public static readonly Text NoCommunities = new(
        "系统里还没有社区，请联系社区工作人员。",
        "系統裡還沒有社區，請聯繫社區工作人員。",
        "No community is set up yet; please ask your community staff.");

    public static readonly Text CommunityWaitOver = new(
        "还没有选择社区，刚才的请求已作废。需要时请先发送「社区 名称」。",
        "還沒有選擇社區，剛才的請求已作廢。需要時請先發送「社區 名稱」。",
        "No community was chosen, so the earlier request was dropped. Send /community NAME first when you need it.");

    public static readonly Text CommunitySet = new("已登记您所在的社区：{0}。", "已登記您所在的社區：{0}。", "Your community is now {0}.");

    public static readonly Text CommunityUnknown = new(
        "没有找到社区「{0}」。可选：{1}",
        "沒有找到社區「{0}」。可選：{1}",
        "No community called \"{0}\". Known: {1}");

    public static readonly Text CommunityStaffFixed = new(
        "工作人员的社区由书记在名册中设置。",
        "工作人員的社區由書記在名冊中設置。",
        "Staff communities are set by the secretary in the roster.");

    public static readonly Text InviteUsage = new(
        "用法：邀请 干部 或 邀请 书记",
        "用法：邀請 幹部 或 邀請 書記",
        "Usage: /invite cadre or /invite secretary");

    public static readonly Text InviteCreated = new(
        "邀请码：{0}\n请对方私聊我发送「加入 {0}」。{1} 小时内有效，只能使用一次。",
        "邀請碼：{0}\n請對方私聊我發送「加入 {0}」。{1} 小時內有效，只能使用一次。",
        "Invite code: {0}\nAsk them to send me \"/join {0}\" in a private chat. Valid for {1} hours, once.");

    public static readonly Text InviteOnlyInPrivate = new(
        "请私聊我发送加入码，不要发在群里。",
        "請私聊我發送加入碼，不要發在群裡。",
        "Please send the code to me in a private chat, not in a group.");

    public static readonly Text JoinUsage = new("用法：加入 邀请码", "用法：加入 邀請碼", "Usage: /join CODE");

    public static readonly Text JoinUnknown = new("邀请码无效，请核对后重试。", "邀請碼無效，請核對後重試。", "That invite code is not valid.");

    public static readonly Text JoinUsed = new("这个邀请码已经用过了，请向书记要一个新的。", "這個邀請碼已經用過了，請向書記要一個新的。", "That invite code was used already; ask for a new one.");

    public static readonly Text JoinExpired = new("这个邀请码已过期，请向书记要一个新的。", "這個邀請碼已過期，請向書記要一個新的。", "That invite code has expired; ask for a new one.");

    public static readonly Text Joined = new("欢迎，{0}！您已作为{1}加入{2}。发送「帮助」查看可用的命令。", "歡迎，{0}！您已作為{1}加入{2}。發送「幫助」查看可用的命令。", "Welcome, {0}! You joined {2} as one of its {1}. Send /help to see what you can do.");

    public static readonly Text AlreadyStaff = new("您已经是{0}的工作人员了。", "您已經是{0}的工作人員了。", "You are already on the staff of {0}.");

    public static readonly Text BindUsage = new(
        "用法：在群里发送「绑定本群 干部群」或「绑定本群 居民群」。",
        "用法：在群裡發送「綁定本群 幹部群」或「綁定本群 居民群」。",
        "Usage: in the group, send /bindgroup cadres or /bindgroup residents.");

    public static readonly Text BindOnlyInGroup = new("请在要绑定的群里发送这条命令。", "請在要綁定的群裡發送這條命令。", "Send this command in the group you want to bind.");

    public static readonly Text Bound = new("本群已绑定为{0}的{1}。", "本群已綁定為{0}的{1}。", "This group is now the {1} of {0}.");

    public static readonly Text BoundOther = new(
        "本群已绑定到{0}，只有该社区的书记可以修改。",
        "本群已綁定到{0}，只有該社區的書記可以修改。",
        "This group is bound to {0}; only its secretary can change that.");

    public static readonly Text PurposeCadres = new("干部群", "幹部群", "cadre group");

    public static readonly Text PurposeResidents = new("居民群", "居民群", "resident group");

    public static readonly Text NoCommunity = new(
        "您还没有所属社区，请联系区级管理员。",
        "您還沒有所屬社區，請聯繫區級管理員。",
        "You have no community yet; ask a district admin.");

    public static readonly Text InviteDescription = new("生成干部邀请码", "生成幹部邀請碼", "Create an invite code for a cadre");

    public static readonly Text JoinDescription = new("用邀请码加入", "用邀請碼加入", "Join with an invite code");

    public static readonly Text BindDescription = new("把本群绑定到社区", "把本群綁定到社區", "Bind this group to your community");

    public static readonly Text CommunityDescription = new("选择所在社区", "選擇所在社區", "Choose your community");
}
