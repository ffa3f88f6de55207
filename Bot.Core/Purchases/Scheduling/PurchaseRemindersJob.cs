using Quartz;

namespace Bot.Core.Purchases;

/// <summary>Reminders for unclaimed requests and auto-closing of old deliveries: one call into <see cref="PurchaseReminderService"/>.</summary>
[DisallowConcurrentExecution]
internal sealed class PurchaseRemindersJob(PurchaseReminderService reminders) : IJob
{
    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        reminders.Run();
        return ValueTask.CompletedTask;
    }
}
