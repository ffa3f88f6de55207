using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary><c>取消定时 N</c>: a scheduled notice will not be sent (its trigger finds nothing due), unless it went out meanwhile.</summary>
internal sealed class UnscheduleHandler(INoticeStore store) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "notice_unschedule",
        Hans = ["取消定时"],
        Hant = ["取消定時"],
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.UnscheduleDescription,
        InterruptsConversation = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (NoticeAccess.Find(context, store, context.Args, context.T(NoticesTexts.UnscheduleKeyword)) is not { } notice)
        {
            return;
        }

        if (notice.Status != NoticeStatus.Scheduled)
        {
            context.Reply(NoticesTexts.NotScheduled, notice.Id);
            return;
        }

        NoticeCancellation.Cancel(context, store, notice, NoticesTexts.Unscheduled);
    }
}
