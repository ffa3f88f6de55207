using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bot.Core.Purchases;

/// <summary>
/// The two purchase jobs' schedule, both fired every <c>Purchases:SweepInterval</c> (default 1 min): reminders /
/// auto-close, and idle conversations.
/// </summary>
internal static class PurchaseJobs
{
    public const string Group = "purchases";

    /// <summary>The configured sweep interval; an invalid value is reported by the options validator at start.</summary>
    public static TimeSpan SweepInterval(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetValue<TimeSpan?>($"{PurchasesOptions.Section}:{nameof(PurchasesOptions.SweepInterval)}");
        return configured is { } v && v > TimeSpan.Zero ? v : new PurchasesOptions().SweepInterval;
    }

    /// <summary>
    /// Schedules <typeparamref name="TJob"/> every sweep interval, read from the container's configuration when Quartz
    /// is built (so the door needs no configuration of its own).
    /// </summary>
    public static void Every<TJob>(IQuartzBuilder q, string name)
        where TJob : IJob =>
        q.ScheduleJob<TJob>(
            // After a pause (a suspended machine, a stalled clock) run the sweep at once rather than a full interval later.
            (sp, trigger) => trigger.WithIdentity(name, Group).StartNow().WithSimpleSchedule(s => s
                .WithInterval(SweepInterval(sp.GetRequiredService<IConfiguration>())).RepeatForever()
                .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount)),
            (_, job) => job.WithIdentity(name, Group));
}
