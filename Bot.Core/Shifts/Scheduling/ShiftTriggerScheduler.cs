using System.Globalization;
using Bot.Core.Configuration;
using Bot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Bot.Core.Shifts;

/// <summary>
/// Keeps Quartz in step with the roster: at start it first sends (once) what was missed while the bot was down and is
/// still useful (the rest is dropped and logged), then adds one trigger per distinct instant at which reminders fall due
/// (not one per reminder: a district's simultaneous shifts share a handful of instants) and the daily-summary cron
/// trigger; whenever a roster entry changes, the instants of its open reminders are added. A trigger only says "look
/// now": its job decides from the roster at fire time, so an instant left over from a moved or cancelled shift sends
/// nothing, and two triggers for the same reminder send it once (reminder log and outbox dedupe key). An instant's
/// trigger fires first at the earliest release time of what falls due then (some seconds early for a crowd of "upcoming"
/// reminders, see <see cref="EarlyRelease"/>) and once more at the instant itself, for what a later release left.
/// </summary>
internal sealed class ShiftTriggerScheduler(ISchedulerFactory factory, IShiftStore store, ShiftReminderService reminders,
    DailySummaryService summaries, BotClock clock, ILogger<ShiftTriggerScheduler> logger, IUnitOfWork db) : IHostedService
{
    public const string Group = "shifts";
    private IScheduler? _scheduler;
    private IDisposable? _rosterChanged;

    /// <summary>The trigger of the instant (whole second) <paramref name="atUtc"/> falls in: <c>shift-due-{unix seconds}</c>.</summary>
    public static TriggerKey TriggerKeyOf(DateTime atUtc) =>
        new(string.Create(CultureInfo.InvariantCulture, $"{DuePrefix}{new DateTimeOffset(ShiftReminderService.Instant(atUtc)).ToUnixTimeSeconds()}"), Group);

    public const string DuePrefix = "shift-due-";

    public static readonly TriggerKey SummaryTrigger = new("daily-summary", Group);

    public static readonly TriggerKey HorizonTrigger = new("shift-horizon", Group);

    /// <summary>Reminders are held as Quartz triggers only this far ahead (a month's roster would be tens of thousands).</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(36);

    /// <summary>How often the horizon moves on: well inside <see cref="Horizon"/>, so nothing is ever scheduled late.</summary>
    public static readonly TimeSpan HorizonStep = TimeSpan.FromHours(1);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var caughtUp = reminders.RunDue();
        caughtUp += summaries.RunDue();
        if (caughtUp > 0)
        {
            logger.LogInformation("Sent {Count} shift reminders missed while the bot was down", caughtUp);
        }

        _scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        await _scheduler.AddJob(JobBuilder.Create<ShiftReminderJob>().WithIdentity(ShiftReminderJob.Key).StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        await _scheduler.AddJob(JobBuilder.Create<DailySummaryJob>().WithIdentity(DailySummaryJob.Key).StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        var at = reminders.Options.SummaryTime;
        var cron = string.Create(CultureInfo.InvariantCulture, $"{at.Seconds} {at.Minutes} {at.Hours} * * ?");
        await _scheduler.ScheduleJob(TriggerBuilder.Create().WithIdentity(SummaryTrigger).ForJob(DailySummaryJob.Key)
            .WithCronSchedule(cron, c => c.InTimeZone(clock.Zone).WithMisfireInstruction(CronTriggerMisfireInstruction.FireAndProceed)).Build(), ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);

        // Subscribe before scheduling everything, so an entry added meanwhile is not missed (scheduling replaces, so twice is harmless).
        _rosterChanged = db.OnCommitted<RosterEntryChanged>(OnRosterChanged);
        var count = await ExtendAsync(cancellationToken).ConfigureAwait(false);
        await _scheduler.AddJob(JobBuilder.Create<ShiftHorizonJob>().WithIdentity(ShiftHorizonJob.Key).StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        await _scheduler.ScheduleJob(TriggerBuilder.Create().WithIdentity(HorizonTrigger).ForJob(ShiftHorizonJob.Key)
            .StartAt(clock.UtcNow + HorizonStep).WithSimpleSchedule(s => s.WithInterval(HorizonStep).RepeatForever()).Build(),
            ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Scheduled {Count} due instants of shift reminders within {Horizon}; daily summary at {Time} ({Zone})", count, Horizon, at, clock.Zone.Id);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _rosterChanged?.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Adds the trigger of every instant at which reminders fall due within the horizon; returns how many instants.</summary>
    public async Task<int> ExtendAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow.UtcDateTime;
        var instants = reminders.DueInstants(now, now + Horizon);
        foreach (var instant in instants)
        {
            await ScheduleAsync(instant.AtUtc, instant.ReleaseUtc, cancellationToken).ConfigureAwait(false);
        }

        return instants.Count;
    }

    /// <summary>
    /// After a roster change: adds the instants of the entry's open reminders within the horizon, firing at their release
    /// time (a past one fires at once; an "upcoming" one's instant may now be crowded enough to go earlier). Nothing is removed: other entries may share an instant, and one that no longer has anything due sends
    /// nothing. A reminder older than the catch-up window is settled at once (dropped and logged; a missed handover is
    /// recorded), as the due-instant job only looks that far back.
    /// </summary>
    public async Task RebuildAsync(long entryId, CancellationToken cancellationToken)
    {
        if (_scheduler is null || store.Entry(entryId) is not { } entry)
        {
            return;
        }

        var now = clock.UtcNow.UtcDateTime;
        foreach (var p in reminders.Open(entry).Where(p => p.AtUtc <= now + Horizon))
        {
            if (p.AtUtc < now - reminders.Options.CatchUpWindow)
            {
                reminders.Fire(p.EntryId, p.Kind);
            }
            else
            {
                await ScheduleAsync(p.AtUtc, reminders.ReleaseOf(p), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Makes sure the instant of <paramref name="dueUtc"/> has a trigger still to fire no later than
    /// <paramref name="releaseUtc"/>. One that has already fired (its job may be running and have read the roster before
    /// this change) is replaced, so it fires again. A trigger released early fires once more at the instant itself: if
    /// the crowd shrank meanwhile (a shift cancelled or moved), its release came later than the first firing.
    /// </summary>
    private async Task ScheduleAsync(DateTime dueUtc, DateTime releaseUtc, CancellationToken cancellationToken)
    {
        var key = TriggerKeyOf(dueUtc);
        var at = new DateTimeOffset(DateTime.SpecifyKind(releaseUtc, DateTimeKind.Utc));
        if (await _scheduler!.GetTrigger(key, cancellationToken).ConfigureAwait(false) is { } existing
            && existing.NextFireTimeUtc is { } next && next <= at)
        {
            return;
        }

        var now = clock.UtcNow;
        var start = at > now ? at : now;
        var again = new DateTimeOffset(DateTime.SpecifyKind(dueUtc, DateTimeKind.Utc)) - start;
        var trigger = TriggerBuilder.Create()
            .WithIdentity(key)
            .ForJob(ShiftReminderJob.Key)
            .StartAt(start)
            .WithSimpleSchedule(s =>
            {
                s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow);
                if (again > TimeSpan.Zero)
                {
                    s.WithInterval(again).WithRepeatCount(1);
                }
            })
            .Build();
        await _scheduler.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
    }

    private void OnRosterChanged(RosterEntryChanged changed) => _ = RebuildSafelyAsync(changed.EntryId);

    private async Task RebuildSafelyAsync(long entryId)
    {
        try
        {
            await RebuildAsync(entryId, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SchedulerException or ObjectDisposedException or InvalidOperationException)
        {
            logger.LogError(e, "Rebuilding the reminder triggers of roster entry {Id} failed", entryId);
        }
    }
}
