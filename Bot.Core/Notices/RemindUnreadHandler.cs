using System.Globalization;
using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Notices;

/// <summary><c>提醒未读 N</c>: sends the notice again only to those who have not acknowledged it; at most once an hour.</summary>
internal sealed class RemindUnreadHandler(INoticeStore store, NoticeReminders reminders, BotClock clock, IOptions<NoticesOptions> options) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "remind_unread",
        Hans = ["提醒未读", "提醒未学"],
        Hant = ["提醒未讀", "提醒未學"],
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.RemindDescription,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (NoticeAccess.Find(context, store, context.Args, context.T(NoticesTexts.RemindKeyword)) is not { } notice)
        {
            return;
        }

        if (notice.Status != NoticeStatus.Sent)
        {
            context.Reply(NoticeAckTexts.NotSentYet, notice.Id);
            return;
        }

        var verb = context.T(NoticeAckTexts.Verb(notice.Kind));
        if (TooSoon(context, notice))
        {
            return;
        }

        var stats = NoticeReadStats.Of(store.Recipients(notice.Id));
        if (stats.Acked == stats.Addressed)
        {
            context.Reply(NoticeAckTexts.RemindNobody, verb);
            return;
        }

        if (reminders.Remind(notice, context.Now, automatic: false) is not { } count)
        {
            // Another host (the automatic reminder, or another secretary) reminded first: say when.
            TooSoon(context, store.Get(notice.Id) ?? notice);
            return;
        }

        context.Reply(NoticeAckTexts.RemindSent, count, verb, notice.Title);
    }

    /// <summary>Replies and returns true when the last reminder of <paramref name="notice"/> was too recent for another.</summary>
    private bool TooSoon(CommandContext context, Notice notice)
    {
        if (notice.LastRemindedAtUtc is not { } last)
        {
            return false;
        }

        var lastAt = new DateTimeOffset(DateTime.SpecifyKind(last, DateTimeKind.Utc));
        var next = lastAt + options.Value.ManualRemindInterval;
        if (context.Now >= next)
        {
            return false;
        }

        context.Reply(NoticeAckTexts.RemindTooSoon, notice.Id, Local(lastAt), Local(next));
        return true;
    }

    private string Local(DateTimeOffset instant) => clock.ToLocal(instant).ToString("HH:mm", CultureInfo.InvariantCulture);
}
