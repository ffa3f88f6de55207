using Bot.Core.Messaging;
using Quartz;

namespace Bot.Core.Hosting;

/// <summary>
/// Hourly: deletes inbox and outbox records past their keeping time (one call into <see cref="HistoryPruner"/>), then
/// whatever each <see cref="IHistoryPruneContributor"/> prunes.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class HistoryPruneJob(HistoryPruner pruner, IEnumerable<IHistoryPruneContributor> contributors) : IJob
{
    public static readonly JobKey Key = new("history-prune", "storage");

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        pruner.Run();
        foreach (var contributor in contributors)
        {
            contributor.Prune();
        }

        return ValueTask.CompletedTask;
    }
}
