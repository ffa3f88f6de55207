using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary><c>/notice_cancel N</c>, the preview's 取消 button: drops the draft, unless it was sent meanwhile (typed: <c>取消发送</c>, the preview seen last).</summary>
internal sealed class NoticeCancelHandler(INoticeStore store, NoticeConfirmation confirmation) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "notice_cancel",
        Hans = ["取消发送"],
        Hant = ["取消發送"],
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.ButtonCancel,
        Hidden = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var notice = string.IsNullOrWhiteSpace(context.Args)
            ? confirmation.TypedTarget(context)
            : NoticeAccess.Find(context, store, context.Args, "/notice_cancel");
        if (notice is null)
        {
            return;
        }

        NoticeCancellation.Cancel(context, store, notice, NoticesTexts.Cancelled);
    }
}
