using Quartz;

namespace Bot.Core.Purchases;

/// <summary>Tells people whose conversation expired while they were away: one call into <see cref="IdleConversationSweep"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class IdleConversationsJob(IdleConversationSweep sweep) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        sweep.Run();
        return ValueTask.CompletedTask;
    }
}
