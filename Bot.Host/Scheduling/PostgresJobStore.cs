using Npgsql;
using Quartz;

namespace Bot.Host.Scheduling;

/// <summary>
/// Options of the <c>Scheduling</c> section for Quartz's clustered store, which runs when <c>Storage:Provider</c> is
/// <c>Postgres</c> (on <c>Storage:ConnectionString</c>, the bot's own database); unused on LiteDB.
/// </summary>
public sealed class JobStoreOptions
{
    public const string Section = "Scheduling";

    /// <summary>How often each host records in the database that it is alive. Default 00:00:05.</summary>
    public TimeSpan CheckinInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How long past a missed check-in the other hosts wait before they take over a silent host's triggers and firings
    /// in progress. Default 00:00:15: longer than a garbage-collection or database hiccup, short enough that a reminder
    /// of a dead host goes out within about 20 s.
    /// </summary>
    public TimeSpan CheckinMisfireThreshold { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>This host's name in the cluster; unique per host. Default <see cref="PostgresJobStore.ProcessInstanceId"/>.</summary>
    public string? InstanceId { get; set; }
}

/// <summary>Quartz's persistent job store (AdoJobStore) on PostgreSQL, clustered.</summary>
public static class PostgresJobStore
{
    /// <summary>
    /// This process's instance id: machine name, process id and a random part, fixed for the life of the process (a
    /// restarted host is a new node; the cluster recovers what the old one left once its check-ins stop).
    /// </summary>
    public static readonly string ProcessInstanceId =
        $"{Environment.MachineName}-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>
    /// Replaces the in-memory store of <see cref="SchedulingExtensions.AddBotScheduling"/> with the clustered store on
    /// PostgreSQL at <paramref name="connectionString"/>: System.Text.Json for job data, a check-in every <see cref="JobStoreOptions.CheckinInterval"/>, and
    /// Quartz's tables created at start when missing (<see cref="QuartzPostgresSchema"/>, before any scheduler is built).
    /// Jobs and triggers are registered as before: declared ones replace what is stored, the others are scheduled with
    /// replace, so a restart or a second host adds no duplicate.
    /// </summary>
    public static IServiceCollection AddPostgresJobStore(this IServiceCollection services, string connectionString, JobStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new ArgumentException("The Postgres job store needs a connection string.", nameof(connectionString));
        }

        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s => s.InstanceId = string.IsNullOrWhiteSpace(options.InstanceId) ? ProcessInstanceId : options.InstanceId);
            q.UsePersistentStore(store =>
            {
                store.UsePostgres(NpgsqlFactory.Instance, connectionString);
                store.UseSystemTextJsonSerializer();
                store.UseClustering(c =>
                {
                    c.CheckinInterval = options.CheckinInterval;
                    c.CheckinMisfireThreshold = options.CheckinMisfireThreshold;
                });
                // Our own DDL has run by then; Quartz checks that every table and column it needs is there.
                store.ConfigureStore(s => s.SchemaProvisioning = SchemaProvisioning.Validate);
            });
        });
        // First of all hosted services: the trigger registrars build the scheduler in their StartAsync.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService>(sp =>
            new QuartzPostgresSchema(connectionString, sp.GetRequiredService<ILogger<QuartzPostgresSchema>>())));
        return services;
    }
}
