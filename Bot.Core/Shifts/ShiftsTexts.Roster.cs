using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary>Texts of rostering, status, my shifts and the export.</summary>
internal static partial class ShiftsTexts
{
    public static readonly Text RosterDescription = new("排班，或查看某天的排班", "排班，或查看某天的排班", "Roster a cadre, or list a day's roster");
    public static readonly Text RosterUsage = new("排班 <点位> <日期> <班次> <姓名>", "排班 <點位> <日期> <班次> <姓名>", "/roster <point> <date> <shift> <name>");
    public static readonly Text RosterUsageReply = new(
        "用法：排班 <点位> <日期> <班次> <姓名>，例如「排班 1号岗 2026-03-02 08:00-16:00 刘丰睿」（日期也可写 今天/明天；夜班如 22:00-07:00 结束于次日）。只写「排班 明天」可查看当天排班。",
        "用法：排班 <點位> <日期> <班次> <姓名>，例如「排班 1號岗 2026-03-02 08:00-16:00 劉豐睿」（日期也可寫 今天/明天；夜班如 22:00-07:00 結束於次日）。只寫「排班 明天」可查看當天排班。",
        "Usage: /roster <point> <date> <shift> <name>, e.g. /roster Gate1 2026-03-02 08:00-16:00 Liu (date may be today/tomorrow; a night shift such as 22:00-07:00 ends the next day). /roster tomorrow lists that day.");
    public static readonly Text BadDate = new("「{0}」不是日期，请写 2026-03-02、3-2、今天 或 明天。", "「{0}」不是日期，請寫 2026-03-02、3-2、今天 或 明天。", "\"{0}\" is not a date; write 2026-03-02, 3-2, today or tomorrow.");
    public static readonly Text BadShift = new("「{0}」不是班次，请写开始-结束，如 08:00-16:00 或 22:00-07:00。", "「{0}」不是班次，請寫開始-結束，如 08:00-16:00 或 22:00-07:00。", "\"{0}\" is not a shift; write start-end such as 08:00-16:00 or 22:00-07:00.");
    public static readonly Text RosterUnknownPoint = new("没有点位「{0}」。", "沒有點位「{0}」。", "there is no point called '{0}' in that community");
    public static readonly Text RosterUnknownCadre = new("本社区没有名为「{0}」的干部。", "本社區沒有名為「{0}」的幹部。", "there is no cadre called '{0}' in that community (import people first)");
    public static readonly Text Rostered = new("✅ 已排班 #{0}：{1}，{2}，{3} {4}。", "✅ 已排班 #{0}：{1}，{2}，{3} {4}。", "✅ Rostered #{0}: {1} at {2}, {3} {4}.");
    public static readonly Text RosteredAlready = new("已有这条排班 #{0}：{1}，{2}，{3} {4}。", "已有這條排班 #{0}：{1}，{2}，{3} {4}。", "Already on the roster as #{0}: {1} at {2}, {3} {4}.");
    public static readonly Text RosteredYou = new("您有新的排班：{0}，{1} {2}。", "您有新的排班：{0}，{1} {2}。", "New shift for you: {0}, {1} {2}.");
    public static readonly Text RosterEmpty = new("{0} 没有排班。", "{0} 沒有排班。", "Nothing is rostered on {0}.");
    public static readonly Text RosterListHeader = new("{0} {1} 排班：", "{0} {1} 排班：", "Roster of {0} on {1}:");
    public static readonly Text RosterListLine = new("#{0} {1} {2} {3}", "#{0} {1} {2} {3}", "#{0} {1} {2} {3}");
    public static readonly Text CancelRosterDescription = new("取消一条排班", "取消一條排班", "Take a shift off the roster");
    public static readonly Text CancelRosterUsage = new("取消排班 <编号> 或 <点位> <日期> <班次> <姓名>", "取消排班 <編號> 或 <點位> <日期> <班次> <姓名>", "/unroster <number> or <point> <date> <shift> <name>");
    public static readonly Text CancelRosterNotFound = new("没有找到排班「{0}」。发送「排班 日期」查看编号。", "沒有找到排班「{0}」。發送「排班 日期」查看編號。", "No roster entry \"{0}\". Send /roster <date> to see the numbers.");
    public static readonly Text CancelRosterSignedIn = new("{0} 已在「{1}」签到，不能取消。", "{0} 已在「{1}」簽到，不能取消。", "{0} has signed in at {1} already; the shift cannot be cancelled.");
    public static readonly Text CancelRosterDone = new("已取消排班：{0}，{1}，{2} {3}。", "已取消排班：{0}，{1}，{2} {3}。", "Cancelled: {0} at {1}, {2} {3}.");
    public static readonly Text CancelRosterYou = new("您的排班已取消：{0}，{1} {2}。", "您的排班已取消：{0}，{1} {2}。", "Your shift was cancelled: {0}, {1} {2}.");

    public static readonly Text StatusDescription = new("查看各点位在岗情况", "查看各點位在崗情況", "Who is on duty at each point now");
    public static readonly Text NoPoints = new("「{0}」还没有点位，请先导入点位。", "「{0}」還沒有點位，請先導入點位。", "{0} has no duty points yet; import them first.");
    public static readonly Text StatusHeader = new("{0} 在岗情况（{1}）：", "{0} 在崗情況（{1}）：", "On duty in {0} ({1}):");
    public static readonly Text StatusPoint = new("• {0}（{1}）：", "• {0}（{1}）：", "• {0} ({1}): ");
    public static readonly Text StatusNoShift = new("当前无班次", "當前無班次", "no shift now");
    public static readonly Text StatusUncovered = new("⚠ 无人在岗", "⚠ 無人在崗", "⚠ uncovered");
    public static readonly Text StatusOnDuty = new("{0} 在岗（{1} 签到）", "{0} 在崗（{1} 簽到）", "{0} on duty (since {1})");
    public static readonly Text StatusLate = new("{0} 在岗（{1} 签到，迟到 {2}）", "{0} 在崗（{1} 簽到，遲到 {2}）", "{0} on duty (since {1}, {2} late)");
    public static readonly Text StatusMissing = new("{0} 未签到（已过 {1}）", "{0} 未簽到（已過 {1}）", "{0} not signed in ({1} overdue)");
    public static readonly Text StatusPartSeparator = new("；", "；", "; ");
    public static readonly Text ListSeparator = new("、", "、", ", ");
    public static readonly Text StatusExpected = new("{0} 待签到（{1}）", "{0} 待簽到（{1}）", "{0} expected ({1})");
    public static readonly Text StatusHandedOver = new("{0} 已交班（{1}）", "{0} 已交班（{1}）", "{0} handed over ({1})");
    public static readonly Text StatusSubstitute = new("{0}（替班）", "{0}（替班）", "{0} (substitute)");
    public static readonly Text StatusFooter = new("共 {0} 个点位，{1} 个无人在岗。", "共 {0} 個點位，{1} 個無人在崗。", "{0} points, {1} uncovered.");

    public static readonly Text MyShiftsDescription = new("查看我接下来的班次", "查看我接下來的班次", "Your next shifts");
    public static readonly Text MyShiftsNone = new("您接下来没有排班。", "您接下來沒有排班。", "You have no upcoming shifts.");
    public static readonly Text MyShiftsHeader = new("您的班次：", "您的班次：", "Your shifts:");
    public static readonly Text MyShiftsLine = new("{0} {1} {2}（{3}） {4}", "{0} {1} {2}（{3}） {4}", "{0} {1} {2} ({3}) {4}");
    public static readonly Text StateSignedIn = new("已签到", "已簽到", "signed in");
    public static readonly Text StateNotSignedIn = new("未签到", "未簽到", "not signed in");
    public static readonly Text StateHandedOver = new("已交班", "已交班", "handed over");

    public static readonly Text ExportDescription = new("导出考勤纪实（CSV 和 Excel）", "導出考勤紀實（CSV 和 Excel）", "Export the attendance record (CSV and Excel)");
    public static readonly Text ExportUsage = new("导出 考勤 [开始日期] [结束日期]", "導出 考勤 [開始日期] [結束日期]", "/export attendance [from] [to]");
    public static readonly Text ExportUsageReply = new("用法：导出 考勤 [开始日期] [结束日期]，例如「导出 考勤 2026-03-01 2026-03-07」；不写日期则导出本月。", "用法：導出 考勤 [開始日期] [結束日期]，例如「導出 考勤 2026-03-01 2026-03-07」；不寫日期則導出本月。", "Usage: /export attendance [from] [to], e.g. /export attendance 2026-03-01 2026-03-07; without dates, this month.");
    public static readonly Text ExportReady = new("{0} 考勤纪实 {1}，共 {2} 条（CSV）。", "{0} 考勤紀實 {1}，共 {2} 條（CSV）。", "Attendance record of {0}, {1}: {2} rows (CSV).");
    public static readonly Text ExportXlsx = new("考勤纪实 {0}（Excel）。", "考勤紀實 {0}（Excel）。", "Attendance record {0} (Excel).");
    public static readonly Text ExportColumns = new(
        "干部|社区|点位|岗位类型|日期|班次|签到时间|迟到分钟|位置凭证|已交接|交接数字|在岗小时|备注",
        "幹部|社區|點位|崗位類型|日期|班次|簽到時間|遲到分鐘|位置憑證|已交接|交接數字|在崗小時|備註",
        "Cadre|Community|Point|Post kind|Date|Shift|Signed in at|Late minutes|Location proof|Handed over|Handover counts|Hours|Notes");
    public static readonly Text ProofInside = new("范围内（{0} 米）", "範圍內（{0} 米）", "inside ({0} m)");
    public static readonly Text ProofOutside = new("超出范围（{0} 米）", "超出範圍（{0} 米）", "outside ({0} m)");
    public static readonly Text ProofUnchecked = new("有位置（点位无坐标）", "有位置（點位無座標）", "shared (point has no coordinates)");
    public static readonly Text ProofNone = new("无", "無", "none");
    public static readonly Text NoteSubstitution = new("替班", "替班", "substitution");
    public static readonly Text NoteNoSignIn = new("未签到", "未簽到", "no sign-in");
    public static readonly Text NoteNoHandover = new("无人交接", "無人交接", "no handover");
    public static readonly Text NoteTakenOver = new("{0} 接班", "{0} 接班", "taken over by {0}");
}
