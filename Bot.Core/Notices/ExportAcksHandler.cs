using Bot.Core.Messaging;
using Bot.Core.Texts;

namespace Bot.Core.Notices;

/// <summary><c>导出确认 N [xlsx]</c> / <c>/export_acks N [xlsx]</c>: the acknowledgement table as a CSV (default) or XLSX document.</summary>
internal sealed class ExportAcksHandler(INoticeStore store, NoticeAckExport export) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "export_acks",
        Hans = ["导出确认", "导出学习情况"],
        Hant = ["導出確認", "導出學習情況"],
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.ExportDescription,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var parts = context.Args.Split(' ', 2, StringSplitOptions.TrimEntries);
        var xlsx = parts.Length == 2 && parts[1].Equals("xlsx", StringComparison.OrdinalIgnoreCase);
        if (parts.Length == 2 && !xlsx && !parts[1].Equals("csv", StringComparison.OrdinalIgnoreCase))
        {
            context.Reply(NoticeAckTexts.ExportUsage);
            return;
        }

        if (NoticeAccess.Find(context, store, parts[0], "/export_acks") is not { } notice)
        {
            return;
        }

        var rows = export.Rows(notice.Id).Count;
        var file = xlsx
            ? new OutgoingFile($"notice-{notice.Id}-acks.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.ToXlsx(notice.Id, context.Language))
            : new OutgoingFile($"notice-{notice.Id}-acks.csv", "text/csv", export.ToCsv(notice.Id, context.Language));
        context.Reply(context.T(NoticeAckTexts.ExportCaption, notice.Id, notice.Title, rows), file: file);
    }
}
