using System.Globalization;
using System.Text;
using Bot.Core.Configuration;
using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary><c>通知列表</c> / <c>/notices</c>: the ten newest notices the sender manages, with state and read rate.</summary>
internal sealed class NoticeListHandler(INoticeStore store, BotClock clock) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "notices",
        Hans = ["通知列表"],
        Hant = ["通知列表"],
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.ListDescription,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var list = store.Recent(NoticeAccess.Scope(context.Person), 10, n => NoticeAccess.CanManage(context.Person, n));
        if (list.Count == 0)
        {
            context.Reply(NoticesTexts.ListEmpty);
            return;
        }

        var text = new StringBuilder(context.T(NoticesTexts.ListHeader));
        foreach (var n in list)
        {
            text.Append('\n').Append(context.T(NoticesTexts.ListLine, n.Id, context.T(NoticeAckTexts.KindName(n.Kind)), n.Title, State(context, n)));
        }

        context.Reply(text.ToString());
    }

    private string State(CommandContext context, Notice n)
    {
        switch (n.Status)
        {
            case NoticeStatus.Sent:
                var stats = NoticeReadStats.Of(store.Recipients(n.Id));
                return context.T(NoticesTexts.StatusSent, Local(n.SentAtUtc!.Value), context.T(NoticeAckTexts.Verb(n.Kind)), stats.Acked, stats.Addressed, stats.Rate);
            case NoticeStatus.Scheduled:
                return context.T(NoticesTexts.StatusScheduled, Local(n.ScheduledAtUtc!.Value));
            case NoticeStatus.Cancelled:
                return context.T(NoticesTexts.StatusCancelled);
            default:
                return context.T(NoticesTexts.StatusDraft);
        }
    }

    private string Local(DateTime utc) => clock.ToLocal(utc).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);
}
