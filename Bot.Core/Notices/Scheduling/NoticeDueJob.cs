using Quartz;

namespace Bot.Core.Notices;

/// <summary>Fires at a scheduled notice's time: publishes whatever is due.</summary>
[DisallowConcurrentExecution]
internal sealed class NoticeDueJob(NoticeScheduleService notices) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        notices.RunDue();
        return ValueTask.CompletedTask;
    }
}
