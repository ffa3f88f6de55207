using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bot.Core.Hosting;

public static class SchedulingExtensions
{
    /// <summary>
    /// Quartz with its in-memory store and hosted service. Features add their jobs with further
    /// <c>services.AddQuartz(q =&gt; …)</c> calls; jobs stay thin (one call into a Bot.Core service that writes to the
    /// outbox), and what must survive a restart lives in LiteDB, from which triggers are rebuilt at start.
    /// </summary>
    public static IServiceCollection AddBotScheduling(this IServiceCollection services)
    {
        services.AddQuartz(q =>
        {
            q.UseDefaultThreadPool(tp => tp.MaxConcurrency = 4);
            // Old inbox/outbox records: a first pass once the host has started, then hourly.
            q.ScheduleJob<HistoryPruneJob>(
                trigger => trigger.WithIdentity("history-prune", "storage").StartNow()
                    .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromHours(1)).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NowWithExistingCount)),
                job => job.WithIdentity(HistoryPruneJob.Key));
        });
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
        });
        return services;
    }
}
