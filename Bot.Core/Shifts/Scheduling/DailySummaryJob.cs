using Quartz;

namespace Bot.Core.Shifts;

/// <summary>Sends the daily summaries: a single call into <see cref="DailySummaryService"/>.</summary>
internal sealed class DailySummaryJob(DailySummaryService summaries) : IJob
{
    public static readonly JobKey Key = new("daily-summary", ShiftTriggerScheduler.Group);

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        summaries.RunDue();
        return ValueTask.CompletedTask;
    }
}
