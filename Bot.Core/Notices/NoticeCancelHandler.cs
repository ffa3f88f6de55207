using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary><c>/notice_cancel N</c>, the preview's 取消 button: drops the draft.</summary>
public sealed class NoticeCancelHandler(NoticeStore store) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "notice_cancel",
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.ButtonCancel,
        Hidden = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (NoticeAccess.Find(context, store, context.Args, "/notice_cancel") is not { } notice)
        {
            return;
        }

        if (notice.Status == NoticeStatus.Sent)
        {
            context.Reply(NoticesTexts.AlreadySent, notice.Id);
            return;
        }

        notice.Cancel();
        store.Update(notice);
        context.Reply(NoticesTexts.Cancelled, notice.Id);
    }
}
