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
    /// Follows <c>Storage:Provider</c>: on <c>Postgres</c>, Quartz's clustered store and <see cref="PostgresLeaderElection"/>,
    /// both on <c>Storage:ConnectionString</c> (<see cref="AddPostgresCluster"/>); on <c>LiteDb</c>, one host, which
    /// leads everything (<see cref="SingleHostLeaderElection"/>) and keeps Quartz in memory. Call after
    /// <c>AddBotScheduling()</c>.
    /// </summary>
    public static IServiceCollection AddClustering(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddValidatedOptions<LeadershipOptions>(LeadershipOptions.Section)
            .Validate(o => o.RetryInterval > TimeSpan.Zero && o.CheckInterval > TimeSpan.Zero,
                "Leadership:RetryInterval and Leadership:CheckInterval must be positive durations such as 00:00:05.");
        // Only the two keys are read here; the Storage section is validated at start, which refuses Postgres without a
        // usable connection string in one line (so nothing is registered on one that is missing or does not parse).
        var postgres = StorageProviders.Normalize(configuration[$"{StorageOptions.Section}:Provider"]) == StorageProviders.Postgres;
        var connectionString = configuration[$"{StorageOptions.Section}:ConnectionString"];
        if (!postgres || string.IsNullOrWhiteSpace(connectionString) || !PostgresDatabase.IsValidConnectionString(connectionString, out _))
        {
            services.TryAddSingleton<ILeaderElection, SingleHostLeaderElection>();
            return services;
        }

        return services.AddPostgresCluster(connectionString,
            configuration.GetSection(JobStoreOptions.Section).Get<JobStoreOptions>() ?? new JobStoreOptions());
    }

    /// <summary>
    /// Quartz's clustered store (<see cref="PostgresJobStore.AddPostgresJobStore"/>, with <paramref name="scheduling"/>)
    /// and <see cref="PostgresLeaderElection"/>, both on <paramref name="connectionString"/>, replacing the one-host
    /// defaults. Call after <c>AddBotScheduling()</c>.
    /// </summary>
    public static IServiceCollection AddPostgresCluster(this IServiceCollection services, string connectionString, JobStoreOptions scheduling)
    {
        services.AddPostgresJobStore(connectionString, scheduling);
        services.Replace(ServiceDescriptor.Singleton<ILeaderElection>(sp => new PostgresLeaderElection(connectionString,
            sp.GetRequiredService<IOptions<LeadershipOptions>>().Value, sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILoggerFactory>())));
        return services;
    }
}
