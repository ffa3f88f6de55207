using System.Globalization;
using Bot.Core.Configuration;
using Bot.Core.Messaging;

namespace Bot.Core.Notices;

/// <summary>
/// <c>定时 2026-03-05 20:00</c>: sends the preview the sender saw last at that local time instead of now (only while it is
/// a draft and the preview is recent, as for 确认发送: <see cref="NoticeConfirmation"/>).
/// </summary>
internal sealed class ScheduleNoticeHandler(NoticeConfirmation confirmation, NoticeScheduleService schedules, BotClock clock) : ICommandHandler
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

        var notice = confirmation.TypedTarget(context);
        if (notice is null)
        {
            return;
        }

        var at = clock.At(date, time);
        var shown = at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        if (at <= context.Now)
        {
            context.Reply(NoticesTexts.SchedulePast, shown);
            return;
        }

        if (!confirmation.IsFresh(context, notice))
        {
            return;
        }

        if (!schedules.Schedule(notice, at))
        {
            // Sent, scheduled or cancelled from elsewhere (another host) since it was read: say which.
            confirmation.TellGone(context, notice);
            return;
        }

        context.Reply(NoticesTexts.ScheduledAt, notice.Id, notice.Title, shown);
    }
}
