using System.Globalization;
using Bot.Core.Configuration;
using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary><c>定时 2026-03-05 20:00</c>: sends the sender's latest previewed notice at that local time instead of now.</summary>
public sealed class ScheduleNoticeHandler(NoticeStore store, NoticeScheduleService schedules, BotClock clock) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "notice_schedule",
        Hans = ["定时", "定时发送"],
        Hant = ["定時", "定時發送"],
        Roles = CommandSpec.Secretaries,
        Description = NoticesTexts.ScheduleDescription,
        Usage = NoticesTexts.ScheduleUsageShort,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!NoticeTimeParser.TryParse(context.Args, clock.Today, out var date, out var time))
        {
            context.Reply(NoticesTexts.ScheduleUsage);
            return;
        }

        var notice = store.LatestDraftBy(context.Person.Id);
        if (notice is null)
        {
            context.Reply(NoticesTexts.NoDraft);
            return;
        }

        var at = clock.At(date, time);
        var shown = at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        if (at <= context.Now)
        {
            context.Reply(NoticesTexts.SchedulePast, shown);
            return;
        }

        schedules.Schedule(notice, at);
        context.Reply(NoticesTexts.ScheduledAt, notice.Id, notice.Title, shown);
    }
}
