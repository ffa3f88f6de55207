using Quartz;

namespace Bot.Core.Notices;

/// <summary>Fires on a <c>Notices:Schedules</c> cron: publishes that occurrence (once, keyed by its scheduled fire time).</summary>
internal sealed class RecurringNoticeJob(NoticeScheduleService notices) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var name = context.MergedJobDataMap.GetString(NoticeJobKeys.ScheduleName) ?? "";
        notices.RunRecurring(name, context.ScheduledFireTimeUtc ?? context.FireTimeUtc);
        return ValueTask.CompletedTask;
    }
}
