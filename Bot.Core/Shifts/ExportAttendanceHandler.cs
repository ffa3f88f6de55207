using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary><c>导出 考勤 [开始日期] [结束日期]</c>: the community's attendance record as CSV and .xlsx documents.</summary>
internal sealed class ExportAttendanceHandler(AttendanceExport export, BotClock clock) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "attendance",
        Hans = ["导出考勤", "导出 考勤", "考勤导出"],
        Hant = ["導出考勤", "導出 考勤", "匯出考勤", "匯出 考勤"],
        English = ["export attendance"],
        SlashAliases = ["export"],
        Roles = CommandSpec.Secretaries,
        Description = ShiftsTexts.ExportDescription,
        Usage = ShiftsTexts.ExportUsage,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ShiftAccess.Allowed(context))
        {
            return;
        }

        // "/export attendance 2026-03-01": the word after /export names the record.
        var parts = context.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (parts.Count > 0 && parts[0].ToLowerInvariant() is "attendance" or "考勤")
        {
            parts.RemoveAt(0);
        }

        var today = clock.Today;
        var from = new DateOnly(today.Year, today.Month, 1);
        var to = today;
        if (parts.Count > 2 || (parts.Count >= 1 && !ShiftDates.TryParse(parts[0], today, out from))
            || (parts.Count == 2 && !ShiftDates.TryParse(parts[1], today, out to)))
        {
            context.Reply(ShiftsTexts.ExportUsageReply);
            return;
        }

        if (parts.Count == 1)
        {
            to = from > today ? from : today;
        }

        if (to < from)
        {
            (from, to) = (to, from);
        }

        var (header, rows) = export.Table(from, to, context.CommunityId, context.Language);
        var (csv, xlsx) = (Exports.TableExport.ToCsv(header, rows), Exports.TableExport.ToXlsx(header, rows, "attendance"));
        var range = $"{ShiftFormat.Date(from)} – {ShiftFormat.Date(to)}";
        context.Reply(context.T(ShiftsTexts.ExportReady, context.CommunityId, range, rows.Count),
            file: new OutgoingFile(AttendanceExport.FileName(from, to, "csv"), "text/csv", csv));
        context.Reply(context.T(ShiftsTexts.ExportXlsx, range),
            file: new OutgoingFile(AttendanceExport.FileName(from, to, "xlsx"), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx));
    }
}
