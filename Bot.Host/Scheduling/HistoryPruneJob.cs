using Bot.Core.Messaging;
using Quartz;

namespace Bot.Host.Scheduling;

/// <summary>Hourly: deletes inbox and outbox records past their keeping time (one call into <see cref="HistoryPruner"/>).</summary>
[DisallowConcurrentExecution]
internal sealed class HistoryPruneJob(HistoryPruner pruner) : IJob
{
    public static readonly JobKey Key = new("history-prune", "storage");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        pruner.Run();
        return ValueTask.CompletedTask;
    }
}
