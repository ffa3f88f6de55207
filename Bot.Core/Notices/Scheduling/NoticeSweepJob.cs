using Quartz;

namespace Bot.Core.Notices;

/// <summary>Every <c>Notices:SweepInterval</c>: automatic reminders that are due, and any scheduled notice a trigger missed.</summary>
[DisallowConcurrentExecution]
internal sealed class NoticeSweepJob(NoticeScheduleService notices) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        notices.RunDue();
        notices.RemindDue();
        return ValueTask.CompletedTask;
    }
}
