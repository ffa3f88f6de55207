using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary>Texts of reminders, alerts, the daily summary and the post kinds.</summary>
internal static partial class ShiftsTexts
{
    public static readonly Text RemindUpcoming = new("⏰ 班次提醒：{3} {1}「{0}」，{2} 开始。到岗后请签到。", "⏰ 班次提醒：{3} {1}「{0}」，{2} 開始。到崗後請簽到。", "⏰ Shift reminder: {0}, {1} on {3}, starts at {2}. Sign in when you arrive.");
    public static readonly Text RemindNoSignIn = new("⏰ 「{0}」的班次已于 {1} 开始，您还没有签到。", "⏰ 「{0}」的班次已於 {1} 開始，您還沒有簽到。", "⏰ Your shift at {0} started at {1} and you have not signed in.");
    public static readonly Text RemindHandover = new("⏰ 「{0}」的班次将于 {1} 结束，请准备交接（发送「交接 内容」）。", "⏰ 「{0}」的班次將於 {1} 結束，請準備交接（發送「交接 內容」）。", "⏰ Your shift at {0} ends at {1}; please prepare the handover (/handover <note>).");
    public static readonly Text RemindHandoverMissing = new("⏰ 「{0}」的班次已于 {1} 结束，还没有交接记录，请发送「交接 内容」。", "⏰ 「{0}」的班次已於 {1} 結束，還沒有交接記錄，請發送「交接 內容」。", "⏰ Your shift at {0} ended at {1} with no handover; please send /handover <note>.");
    public static readonly Text AlertUncovered = new("🚨 「{0}」（{1}）无人在岗：{2} 应于 {3} 上岗，至今未签到。", "🚨 「{0}」（{1}）無人在崗：{2} 應於 {3} 上崗，至今未簽到。", "🚨 {0} ({1}) is uncovered: {2} was due at {3} and has not signed in.");
    public static readonly Text AlertUncoveredGroup = new("🚨 「{0}」（{1}）无人在岗：{2} 应于 {3} 上岗，至今未签到。附近的同志可发送「签到 {0}」替班。", "🚨 「{0}」（{1}）無人在崗：{2} 應於 {3} 上崗，至今未簽到。附近的同志可發送「簽到 {0}」替班。", "🚨 {0} ({1}) is uncovered: {2} was due at {3}. Anyone nearby can send /signin {0} to substitute.");
    public static readonly Text SummaryHeader = new("📋 {0} {1} 值守日报", "📋 {0} {1} 值守日報", "📋 {0}: duty summary for {1}");
    public static readonly Text SummaryFigures = new(
        "排班 {0} 个，签到 {1} 人次，迟到 {2}，未签到 {3}，无人在岗 {4}，交接 {5} 次。",
        "排班 {0} 個，簽到 {1} 人次，遲到 {2}，未簽到 {3}，無人在崗 {4}，交接 {5} 次。",
        "{0} shifts, {1} sign-ins, {2} late, {3} missed, {4} uncovered, {5} handovers.");
    public static readonly Text SummaryLate = new("迟到：{0}", "遲到：{0}", "Late: {0}");
    public static readonly Text SummaryMissed = new("未签到：{0}", "未簽到：{0}", "Missed: {0}");
    public static readonly Text SummaryLateItem = new("{0}（{1} {2}）", "{0}（{1} {2}）", "{0} ({1}, {2})");
    public static readonly Text SummaryMissedItem = new("{0}（{1} {2}）", "{0}（{1} {2}）", "{0} ({1} {2})");
    public static readonly Text SummarySubstitutions = new("替班 {0} 次。", "替班 {0} 次。", "{0} substitutions.");

    public static readonly Text KindPointDuty = new("点位值守", "點位值守", "point duty");
    public static readonly Text KindDisinfection = new("病毒消杀", "病毒消殺", "disinfection");
    public static readonly Text KindPublicity = new("防控宣传", "防控宣傳", "publicity");
    public static readonly Text KindKeyPerson = new("重点人防控", "重點人防控", "key-person control");
    public static readonly Text KindEnvironment = new("环境清整", "環境清整", "environment");
    public static readonly Text KindLogistics = new("后勤保障", "後勤保障", "logistics");
}
