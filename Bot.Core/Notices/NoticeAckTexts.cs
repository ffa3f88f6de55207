using Bot.Core.Texts;

namespace Bot.Core.Notices;

/// <summary>Texts of the broadcast itself, acknowledgements, read statistics, reminders and exports.</summary>
internal static class NoticeAckTexts
{
    public static readonly Text KindLecture = new("网上党课", "網上黨課", "Online party lecture");
    public static readonly Text KindBulletin = new("党员知情", "黨員知情", "Party-member bulletin");
    public static readonly Text VerbLecture = new("学习", "學習", "studied");
    public static readonly Text VerbBulletin = new("阅读", "閱讀", "read");
    public static readonly Text AckButtonLecture = new("已学习", "已學習", "Studied");
    public static readonly Text AckButtonBulletin = new("已阅", "已閱", "Read");

    public static readonly Text MessageHeader = new("【{0} #{1}】{2}", "【{0} #{1}】{2}", "[{0} #{1}] {2}");
    public static readonly Text FooterLecture = new(
        "学习后请点「已学习」，或回复「已学 {0}」。", "學習後請點「已學習」，或回覆「已學 {0}」。", "When you have studied it, press Studied or reply \"/ack {0}\".");
    public static readonly Text FooterBulletin = new(
        "阅读后请点「已阅」，或回复「已阅 {0}」。", "閱讀後請點「已閱」，或回覆「已閱 {0}」。", "When you have read it, press Read or reply \"/ack {0}\".");
    public static readonly Text LongContentNote = new("（全文较长，见附件）", "（全文較長，見附件）", "(The full text is long; see the attached file.)");
    public static readonly Text ReminderHeader = new("提醒：您还没有确认这条通知。", "提醒：您還沒有確認這條通知。", "Reminder: you have not acknowledged this notice yet.");

    public static readonly Text AckUsage = new("用法：已学 编号 或 已阅 编号", "用法：已學 編號 或 已閱 編號", "Usage: /ack NUMBER");
    public static readonly Text Acked = new("已记录：您已{1}《{0}》。谢谢！", "已記錄：您已{1}《{0}》。謝謝！", "Noted: you have {1} \"{0}\". Thank you!");
    public static readonly Text AlreadyAcked = new(
        "您已于 {1} 确认过《{0}》，不用重复确认。", "您已於 {1} 確認過《{0}》，不用重複確認。", "You acknowledged \"{0}\" at {1} already.");
    public static readonly Text NotForYou = new("通知 #{0} 不是发给您的。", "通知 #{0} 不是發給您的。", "Notice #{0} was not sent to you.");
    public static readonly Text NothingToAck = new("没有需要您确认的通知。", "沒有需要您確認的通知。", "There is no notice waiting for your acknowledgement.");

    public static readonly Text NoSentNotice = new("还没有已发出的通知。", "還沒有已發出的通知。", "No notice has been sent yet.");
    public static readonly Text StatsHeader = new(
        "#{0}《{1}》（{2}，{3} 发出）\n已{4}：{5}/{6} 人（{7}）",
        "#{0}《{1}》（{2}，{3} 發出）\n已{4}：{5}/{6} 人（{7}）",
        "#{0} \"{1}\" ({2}, sent {3})\n{4}: {5}/{6} people ({7})");
    public static readonly Text StatsCommunity = new("{0}：{1}/{2}", "{0}：{1}/{2}", "{0}: {1}/{2}");
    public static readonly Text StatsMissing = new("  未{0}：{1}", "  未{0}：{1}", "  not {0}: {1}");
    public static readonly Text StatsAllDone = new("  全部已{0}", "  全部已{0}", "  all {0}");
    public static readonly Text StatsMore = new("……共 {0} 人，完整名单请发送「导出确认 {1}」", "……共 {0} 人，完整名單請發送「導出確認 {1}」", "… {0} in all; send /export_acks {1} for the full list");
    public static readonly Text StatsExtra = new("另有 {0} 人在群里确认。", "另有 {0} 人在群裡確認。", "{0} more acknowledged from a group.");
    public static readonly Text Unreachable = new("（未绑定）", "（未綁定）", " (no account)");
    public static readonly Text NameSeparator = new("、", "、", ", ");

    public static readonly Text RemindSent = new("已向 {0} 位未{1}的人再次发送《{2}》。", "已向 {0} 位未{1}的人再次發送《{2}》。", "Sent \"{2}\" again to the {0} people who have not {1} it.");
    public static readonly Text RemindNobody = new("所有人都已{0}，不用提醒。", "所有人都已{0}，不用提醒。", "Everyone has {0} it; nobody to remind.");
    public static readonly Text RemindTooSoon = new(
        "#{0} 在 {1} 刚提醒过，{2} 以后才能再次提醒。", "#{0} 在 {1} 剛提醒過，{2} 以後才能再次提醒。", "#{0} was reminded at {1}; you can remind again after {2}.");
    public static readonly Text NotSentYet = new("#{0} 还没有发出。", "#{0} 還沒有發出。", "#{0} has not been sent yet.");

    public static readonly Text ExportUsage = new("用法：导出确认 编号 [xlsx]", "用法：導出確認 編號 [xlsx]", "Usage: /export_acks NUMBER [xlsx]");
    public static readonly Text ExportCaption = new("#{0}《{1}》确认情况（{2} 人）", "#{0}《{1}》確認情況（{2} 人）", "#{0} \"{1}\" acknowledgements ({2} people)");
    public static readonly Text ColCommunity = new("社区", "社區", "Community");
    public static readonly Text ColName = new("姓名", "姓名", "Name");
    public static readonly Text ColPartyMember = new("党员", "黨員", "Party member");
    public static readonly Text ColAddressed = new("已私信", "已私信", "Messaged");
    public static readonly Text ColAcked = new("已确认", "已確認", "Acknowledged");
    public static readonly Text ColAckedAt = new("确认时间", "確認時間", "Acknowledged at");
    public static readonly Text ColChannel = new("渠道", "渠道", "Channel");

    public static Text KindName(NoticeKind kind) => kind == NoticeKind.Lecture ? KindLecture : KindBulletin;

    public static Text Verb(NoticeKind kind) => kind == NoticeKind.Lecture ? VerbLecture : VerbBulletin;

    public static Text AckButton(NoticeKind kind) => kind == NoticeKind.Lecture ? AckButtonLecture : AckButtonBulletin;

    public static Text Footer(NoticeKind kind) => kind == NoticeKind.Lecture ? FooterLecture : FooterBulletin;
}
