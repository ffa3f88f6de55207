using Bot.Core.Configuration;
using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;
using Bot.Host.Scheduling;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Hosting;

/// <summary>Running on more than one host: the clustered job store and leader election, both on PostgreSQL.</summary>
public static class ClusterExtensions
{
    /// <summary>
    /// With <c>Scheduling:JobStore=Postgres</c> (and <c>Scheduling:ConnectionString</c>): Quartz's clustered store on
    /// PostgreSQL and <see cref="PostgresLeaderElection"/>; otherwise one host, which leads everything
    /// (<see cref="SingleHostLeaderElection"/>) and keeps Quartz in memory. Call after <c>AddBotScheduling()</c>.
    /// </summary>
    public static IServiceCollection AddClustering(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<LeadershipOptions>(LeadershipOptions.Section)
            .Validate(o => o.RetryInterval > TimeSpan.Zero && o.CheckInterval > TimeSpan.Zero,
                "Leadership:RetryInterval and Leadership:CheckInterval must be positive durations such as 00:00:05.");
        var options = configuration.GetSection(JobStoreOptions.Section).Get<JobStoreOptions>() ?? new JobStoreOptions();
        if (options.JobStore != JobStoreKind.Postgres)
        {
            services.TryAddSingleton<ILeaderElection, SingleHostLeaderElection>();
            return services;
        }

        services.AddPostgresJobStore(options);
        services.Replace(ServiceDescriptor.Singleton<ILeaderElection>(sp => new PostgresLeaderElection(options.ConnectionString,
            sp.GetRequiredService<IOptions<LeadershipOptions>>().Value, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>())));
        return services;
    }
}
