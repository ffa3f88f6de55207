using System.Globalization;
using Bot.Core.Configuration;
using Bot.Core.Shifts;
using Quartz;

namespace Bot.Host.Scheduling.Shifts;

/// <summary>
/// Keeps Quartz in step with the roster: at start it first sends (once) what was missed while the bot was down and is
/// still useful (the rest is dropped and logged), then adds one trigger per open reminder and the daily-summary cron
/// trigger; whenever a roster entry changes, its triggers are rebuilt.
/// </summary>
internal sealed class ShiftTriggerScheduler(ISchedulerFactory factory, ShiftStore store, ShiftReminderService reminders,
    DailySummaryService summaries, BotClock clock, ILogger<ShiftTriggerScheduler> logger) : IHostedService
{
    public const string Group = "shifts";
    private IScheduler? _scheduler;

    public static TriggerKey TriggerKeyOf(long entryId, ShiftReminderKind kind) => new($"shift-{entryId}-{kind}", Group);

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
        store.RosterChanged += OnRosterChanged;
        var count = await ExtendAsync(cancellationToken).ConfigureAwait(false);
        await _scheduler.AddJob(JobBuilder.Create<ShiftHorizonJob>().WithIdentity(ShiftHorizonJob.Key).StoreDurably().Build(), AddJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        await _scheduler.ScheduleJob(TriggerBuilder.Create().WithIdentity(HorizonTrigger).ForJob(ShiftHorizonJob.Key)
            .StartAt(clock.UtcNow + HorizonStep).WithSimpleSchedule(s => s.WithInterval(HorizonStep).RepeatForever()).Build(),
            ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Scheduled {Count} shift reminders due within {Horizon}; daily summary at {Time} ({Zone})", count, Horizon, at, clock.Zone.Id);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.RosterChanged -= OnRosterChanged;
        return Task.CompletedTask;
    }

    /// <summary>Adds (or replaces) the triggers of every open reminder due within the horizon; returns how many.</summary>
    public async Task<int> ExtendAsync(CancellationToken cancellationToken)
    {
        var now = clock.UtcNow.UtcDateTime;
        var count = 0;
        foreach (var p in reminders.Upcoming(now, now + Horizon))
        {
            await ScheduleAsync(p, cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    /// <summary>Replaces the triggers of one roster entry with its open reminders within the horizon (a past one fires at once).</summary>
    public async Task RebuildAsync(long entryId, CancellationToken cancellationToken)
    {
        if (_scheduler is null)
        {
            return;
        }

        var keys = Enum.GetValues<ShiftReminderKind>().Select(k => TriggerKeyOf(entryId, k)).ToList();
        await _scheduler.UnscheduleJobs(keys, cancellationToken).ConfigureAwait(false);
        if (store.Entry(entryId) is { } entry)
        {
            var until = clock.UtcNow.UtcDateTime + Horizon;
            foreach (var p in reminders.Open(entry).Where(p => p.AtUtc <= until))
            {
                await ScheduleAsync(p, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task ScheduleAsync(PlannedReminder p, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        var at = new DateTimeOffset(DateTime.SpecifyKind(p.AtUtc, DateTimeKind.Utc));
        var trigger = TriggerBuilder.Create()
            .WithIdentity(TriggerKeyOf(p.EntryId, p.Kind))
            .ForJob(ShiftReminderJob.Key)
            .UsingJobData("entry", p.EntryId)
            .UsingJobData("kind", p.Kind.ToString())
            .StartAt(at > now ? at : now)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        await _scheduler!.ScheduleJob(trigger, ScheduleJobOptions.Replacing, cancellationToken).ConfigureAwait(false);
    }

    private void OnRosterChanged(long entryId) => _ = RebuildSafelyAsync(entryId);

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
