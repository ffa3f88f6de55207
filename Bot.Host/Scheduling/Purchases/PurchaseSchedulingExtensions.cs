using Bot.Core.Purchases;
using Quartz;

namespace Bot.Host.Scheduling.Purchases;

public static class PurchaseSchedulingExtensions
{
    public const string Group = "purchases";

    /// <summary>
    /// The purchases feature (<see cref="PurchasesServiceCollectionExtensions.AddPurchases"/>) and its Quartz jobs, both
    /// fired every <c>Purchases:SweepInterval</c> (default 1 min): reminders / auto-close, and idle conversations.
    /// </summary>
    public static IServiceCollection AddPurchasesWithReminders(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddPurchases();
        var interval = SweepInterval(configuration);
        services.AddQuartz(q =>
        {
            Every<PurchaseRemindersJob>(q, "purchase-reminders", interval);
            Every<IdleConversationsJob>(q, "idle-conversations", interval);
        });
        return services;
    }

    /// <summary>The configured sweep interval; an invalid value is reported by the options validator at start.</summary>
    public static TimeSpan SweepInterval(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetValue<TimeSpan?>($"{PurchasesOptions.Section}:{nameof(PurchasesOptions.SweepInterval)}");
        return configured is { } v && v > TimeSpan.Zero ? v : new PurchasesOptions().SweepInterval;
    }

    private static void Every<TJob>(IQuartzBuilder q, string name, TimeSpan interval)
        where TJob : IJob =>
        q.ScheduleJob<TJob>(
            // After a pause (a suspended machine, a stalled clock) run the sweep at once rather than a full interval later.
            trigger => trigger.WithIdentity(name, Group).StartNow().WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount)),
            job => job.WithIdentity(name, Group));
}
