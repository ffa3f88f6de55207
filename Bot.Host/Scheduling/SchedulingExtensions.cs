using Quartz;

namespace Bot.Host.Scheduling;

public static class SchedulingExtensions
{
    /// <summary>
    /// Quartz with its in-memory store and hosted service. Features add their jobs with further
    /// <c>services.AddQuartz(q =&gt; …)</c> calls; jobs stay thin (one call into a Bot.Core service that writes to the
    /// outbox), and what must survive a restart lives in LiteDB, from which triggers are rebuilt at start.
    /// </summary>
    public static IServiceCollection AddBotScheduling(this IServiceCollection services)
    {
        services.AddQuartz(q => q.UseDefaultThreadPool(tp => tp.MaxConcurrency = 4));
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AwaitApplicationStarted = true;
        });
        return services;
    }
}
