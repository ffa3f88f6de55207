using Bot.Core.Configuration;
using Bot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Core.Notices;

/// <summary>
/// Builds the notice triggers: at start one per scheduled notice stored in LiteDB (a time already passed fires at
/// once), one cron trigger per <c>Notices:Schedules</c> entry in <c>Bot:TimeZone</c>, and the sweep; while running,
/// one for each notice a secretary schedules.
/// </summary>
internal sealed class NoticeTriggerRegistrar(ISchedulerFactory factory, NoticeScheduleService notices, BotClock clock,
    IOptions<NoticesOptions> options, ILogger<NoticeTriggerRegistrar> logger, IUnitOfWork db) : IHostedService
{
    private IScheduler? _scheduler;
    private IDisposable? _scheduled;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _scheduler = await factory.GetScheduler(cancellationToken).ConfigureAwait(false);
        foreach (var (id, at) in notices.PendingSchedules())
        {
            await ScheduleNoticeAsync(id, at, cancellationToken).ConfigureAwait(false);
        }

        var schedules = options.Value.Schedules;
        for (var i = 0; i < schedules.Count; i++)
        {
            var name = schedules[i].NameAt(i);
            var trigger = TriggerBuilder.Create()
                .WithIdentity(NoticeJobKeys.ForSchedule(name))
                .ForJob(NoticeJobKeys.Recurring)
                .UsingJobData(NoticeJobKeys.ScheduleName, name)
                .WithCronSchedule(schedules[i].Cron, c => c.InTimeZone(clock.Zone))
                .Build();
            await ReplaceAsync(trigger, cancellationToken).ConfigureAwait(false);
        }

        var every = options.Value.SweepInterval;
        var sweep = TriggerBuilder.Create()
            .WithIdentity("notice-sweep", NoticeJobKeys.Group)
            .ForJob(NoticeJobKeys.Sweep)
            .StartAt(clock.UtcNow + every)
            .WithSimpleSchedule(s => s.WithInterval(every).RepeatForever())
            .Build();
        await ReplaceAsync(sweep, cancellationToken).ConfigureAwait(false);
        _scheduled = db.OnCommitted<NoticeScheduled>(OnScheduled);
        logger.LogInformation("Notice triggers ready: {Scheduled} scheduled notices, {Recurring} recurring", notices.PendingSchedules().Count, schedules.Count);
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _scheduled?.Dispose();
        return Task.CompletedTask;
    }

    private void OnScheduled(NoticeScheduled scheduled) => _ = ScheduleSafelyAsync(scheduled.Id, scheduled.At);

    private async Task ScheduleSafelyAsync(int id, DateTimeOffset at)
    {
        try
        {
            await ScheduleNoticeAsync(id, at, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The sweep still publishes it, at most one sweep interval late.
            logger.LogError(e, "Could not add the trigger of notice {Id}", id);
        }
    }

    private Task ScheduleNoticeAsync(int id, DateTimeOffset at, CancellationToken cancellationToken) =>
        ReplaceAsync(TriggerBuilder.Create()
            .WithIdentity(NoticeJobKeys.ForNotice(id))
            .ForJob(NoticeJobKeys.Due)
            .StartAt(at)
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build(), cancellationToken);

    private async Task ReplaceAsync(ITrigger trigger, CancellationToken cancellationToken)
    {
        var scheduler = _scheduler ?? throw new InvalidOperationException("not started");
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken).ConfigureAwait(false);
    }
}
