using Bot.Core.Texts;

namespace Bot.Core.Notices;

/// <summary>Texts of composing, scheduling and managing notices.</summary>
internal static class NoticesTexts
{
    public static readonly Text LectureDescription = new("发布网上党课", "發布網上黨課", "Publish an online party lecture");
    public static readonly Text BulletinDescription = new("发布《党员知情》", "發布《黨員知情》", "Publish the party-member bulletin");
    public static readonly Text LectureUsage = new("党课 标题（换行写内容或链接）", "黨課 標題（換行寫內容或連結）", "/lecture TITLE (content on the next lines)");
    public static readonly Text BulletinUsage = new("知情 标题（换行写内容）", "知情 標題（換行寫內容）", "/bulletin TITLE (content on the next lines)");
    public static readonly Text ScheduleDescription = new("定时发送刚预览的通知", "定時發送剛預覽的通知", "Schedule the notice just previewed");
    public static readonly Text ScheduleUsageShort = new("定时 日期 时间", "定時 日期 時間", "/notice_schedule DATE TIME");
    public static readonly Text ScheduledListDescription = new("查看定时通知", "查看定時通知", "List scheduled notices");
    public static readonly Text UnscheduleDescription = new("取消定时通知", "取消定時通知", "Cancel a scheduled notice");
    public static readonly Text AckDescription = new("确认已学习/已阅读通知", "確認已學習/已閱讀通知", "Acknowledge a notice");
    public static readonly Text ReadStatsDescription = new("查看通知学习情况", "查看通知學習情況", "Who has read a notice");
    public static readonly Text RemindDescription = new("提醒未确认的人", "提醒未確認的人", "Remind those who have not read a notice");
    public static readonly Text ListDescription = new("最近的通知和阅读率", "最近的通知和閱讀率", "Recent notices and read rates");
    public static readonly Text ExportDescription = new("导出通知确认表", "導出通知確認表", "Export acknowledgements (CSV/XLSX)");
    public static readonly Text LectureKeyword = new("党课", "黨課", "/lecture");
    public static readonly Text BulletinKeyword = new("知情", "知情", "/bulletin");
    public static readonly Text UnscheduleKeyword = new("取消定时", "取消定時", "/notice_unschedule");
    public static readonly Text RemindKeyword = new("提醒未读", "提醒未讀", "/remind_unread");
    public static readonly Text AudienceUsage = new(
        "用法：/notice_audience 编号 gpc（g 群聊，p 党员，c 干部）", "用法：/notice_audience 編號 gpc（g 群聊，p 黨員，c 幹部）",
        "Usage: /notice_audience NUMBER gpc (g groups, p party members, c cadres)");

    public static readonly Text ComposeUsage = new(
        "用法：{0} 标题，换行后写内容或链接。\n区级管理员：「{0} 全区 标题」或「{0} 社区名 标题」。",
        "用法：{0} 標題，換行後寫內容或連結。\n區級管理員：「{0} 全區 標題」或「{0} 社區名 標題」。",
        "Usage: {0} TITLE, then the content or a link on the next lines.\nDistrict admins: \"{0} all TITLE\" or \"{0} COMMUNITY TITLE\".");

    public static readonly Text NeedTarget = new(
        "请指明发送范围：「{0} 全区 标题」或「{0} 社区名 标题」。",
        "請指明發送範圍：「{0} 全區 標題」或「{0} 社區名 標題」。",
        "Say where it goes: \"{0} all TITLE\" or \"{0} COMMUNITY TITLE\".");

    public static readonly Text OwnCommunityOnly = new(
        "您只能向本社区（{0}）发送通知。", "您只能向本社區（{0}）發送通知。", "You can only send notices to your own community ({0}).");

    public static readonly Text Preview = new(
        "预览 #{0} · {1}\n《{2}》\n{3}\n\n范围：{4}\n发送给 {5} 个群、{6} 人{7}\n确认无误请点「确认发送」。要定时发送，请回复「定时 {8}」。",
        "預覽 #{0} · {1}\n《{2}》\n{3}\n\n範圍：{4}\n發送給 {5} 個群、{6} 人{7}\n確認無誤請點「確認發送」。要定時發送，請回覆「定時 {8}」。",
        "Preview #{0} · {1}\n\"{2}\"\n{3}\n\nAudience: {4}\nGoes to {5} groups and {6} people{7}\nPress Send if it is right. To send later, reply \"/notice_schedule {8}\".");

    public static readonly Text PreviewUnreachable = new(
        "（其中 {0} 人未绑定账号，暂时无法私信）", "（其中 {0} 人未綁定帳號，暫時無法私信）", " ({0} of them have no linked account and cannot be messaged yet)");

    public static readonly Text AudienceGroups = new("群聊", "群聊", "groups");
    public static readonly Text AudiencePartyMembers = new("党员", "黨員", "party members");
    public static readonly Text AudienceCadres = new("干部", "幹部", "cadres");
    public static readonly Text AllCommunities = new("全区", "全區", "the whole district");
    public static readonly Text ButtonConfirm = new("确认发送", "確認發送", "Send");
    public static readonly Text ButtonCancel = new("取消", "取消", "Cancel");
    public static readonly Text ButtonAudienceAll = new("群+党员+干部", "群+黨員+幹部", "Groups+members+cadres");
    public static readonly Text ButtonAudiencePartyMembers = new("群+党员", "群+黨員", "Groups+members");
    public static readonly Text ButtonAudienceCadres = new("群+干部", "群+幹部", "Groups+cadres");

    public static readonly Text Sent = new(
        "#{0}《{1}》已发出：{2} 个群、{3} 人。发送「学习情况 {0}」查看确认情况。",
        "#{0}《{1}》已發出：{2} 個群、{3} 人。發送「學習情況 {0}」查看確認情況。",
        "#{0} \"{1}\" is on its way: {2} groups, {3} people. Send /readstats {0} to see who has read it.");

    public static readonly Text PreviewExpired = new(
        "预览 #{0}《{1}》已过期（超过 {2} 没有确认），这次没有发送。请核对下面的预览，再点「确认发送」。",
        "預覽 #{0}《{1}》已過期（超過 {2} 沒有確認），這次沒有發送。請核對下面的預覽，再點「確認發送」。",
        "The preview of #{0} \"{1}\" has expired (not confirmed within {2}), so nothing was sent. Check the preview below, then press Send.");

    public static readonly Text PreviewFirst = new(
        "#{0}《{1}》还没有给您预览过，这次没有发送。请核对下面的预览，再点「确认发送」。",
        "#{0}《{1}》還沒有給您預覽過，這次沒有發送。請核對下面的預覽，再點「確認發送」。",
        "You have not seen the preview of #{0} \"{1}\" yet, so nothing was sent. Check it below, then press Send.");

    public static readonly Text PreviewGone = new(
        "您最近预览的 #{0}《{1}》{2}，现在没有待发送的预览。",
        "您最近預覽的 #{0}《{1}》{2}，現在沒有待發送的預覽。",
        "The preview you saw last, #{0} \"{1}\", {2}; no preview is waiting.");

    public static readonly Text GoneCancelled = new("已取消", "已取消", "was cancelled");
    public static readonly Text GoneSent = new("已经发出", "已經發出", "was sent");
    public static readonly Text GoneScheduled = new("已定时发送", "已定時發送", "is scheduled");

    public static readonly Text ScheduledSent = new(
        "定时通知 #{0}《{1}》已发出：{2} 个群、{3} 人。", "定時通知 #{0}《{1}》已發出：{2} 個群、{3} 人。",
        "Scheduled notice #{0} \"{1}\" went out: {2} groups, {3} people.");

    public static readonly Text NotFound = new("没有找到通知 #{0}。", "沒有找到通知 #{0}。", "There is no notice #{0}.");
    public static readonly Text NotYours = new("通知 #{0} 不属于您的社区。", "通知 #{0} 不屬於您的社區。", "Notice #{0} is not your community's.");
    public static readonly Text AlreadySent = new("#{0} 已经发出过了。", "#{0} 已經發出過了。", "#{0} was sent already.");
    public static readonly Text NotDraft = new("#{0} 不是待发送的预览（{1}）。", "#{0} 不是待發送的預覽（{1}）。", "#{0} is not a preview waiting to be sent ({1}).");
    public static readonly Text Cancelled = new("#{0} 已取消，不会发送。", "#{0} 已取消，不會發送。", "#{0} is cancelled and will not be sent.");
    public static readonly Text CancelTooLate = new("#{0} 已经发出，无法取消。", "#{0} 已經發出，無法取消。", "#{0} was sent already; it cannot be cancelled.");
    public static readonly Text NeedNumber = new("用法：{0} 编号", "用法：{0} 編號", "Usage: {0} NUMBER");
    public static readonly Text NoDraft = new(
        "没有待发送的预览。请先发送「党课 标题」或「知情 标题」。", "沒有待發送的預覽。請先發送「黨課 標題」或「知情 標題」。",
        "There is no preview waiting. Start with /lecture TITLE or /bulletin TITLE.");

    public static readonly Text ScheduleUsage = new(
        "用法：定时 2026-03-05 20:00（也可写 3月5日 20:00、明天 20:00）",
        "用法：定時 2026-03-05 20:00（也可寫 3月5日 20:00、明天 20:00）",
        "Usage: /notice_schedule 2026-03-05 20:00 (or: tomorrow 20:00)");

    public static readonly Text SchedulePast = new("{0} 已经过去了，请选一个以后的时间。", "{0} 已經過去了，請選一個以後的時間。", "{0} has passed; pick a later time.");
    public static readonly Text ScheduledAt = new(
        "#{0}《{1}》将于 {2} 发送。发送「取消定时 {0}」可取消。", "#{0}《{1}》將於 {2} 發送。發送「取消定時 {0}」可取消。",
        "#{0} \"{1}\" will go out at {2}. Send /notice_unschedule {0} to cancel.");

    public static readonly Text ScheduledHeader = new("定时通知：", "定時通知：", "Scheduled notices:");
    public static readonly Text ScheduledLine = new("#{0} {1}《{2}》 {3}", "#{0} {1}《{2}》 {3}", "#{0} {1} \"{2}\" {3}");
    public static readonly Text NoneScheduled = new("没有定时通知。", "沒有定時通知。", "No notices are scheduled.");
    public static readonly Text Unscheduled = new("#{0} 的定时发送已取消。", "#{0} 的定時發送已取消。", "#{0} will not be sent.");
    public static readonly Text NotScheduled = new("#{0} 没有定时发送。", "#{0} 沒有定時發送。", "#{0} is not scheduled.");

    public static readonly Text StatusDraft = new("预览", "預覽", "preview");
    public static readonly Text StatusScheduled = new("定时 {0}", "定時 {0}", "scheduled {0}");
    public static readonly Text StatusCancelled = new("已取消", "已取消", "cancelled");
    public static readonly Text StatusSent = new("{0} 发出，已{1} {2}/{3}（{4}）", "{0} 發出，已{1} {2}/{3}（{4}）", "sent {0}, {1} {2}/{3} ({4})");
    public static readonly Text ListHeader = new("最近的通知：", "最近的通知：", "Recent notices:");
    public static readonly Text ListLine = new("#{0} {1}《{2}》{3}", "#{0} {1}《{2}》{3}", "#{0} {1} \"{2}\" {3}");
    public static readonly Text ListEmpty = new("还没有通知。", "還沒有通知。", "No notices yet.");
}
