using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;
using Bot.Host.Hosting;
using Bot.Host.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Bot.Tests.Support.Postgres;
using Quartz;

namespace Bot.Tests.Cluster;

/// <summary>
/// Quartz's job store and the leader election follow <c>Storage:Provider</c>: PostgreSQL brings the clustered store and
/// <see cref="PostgresLeaderElection"/> on <c>Storage:ConnectionString</c>, LiteDB one host with Quartz in memory. The
/// services are built but the host is not started (Postgres storage is refused at start while stores are missing).
/// </summary>
public sealed class ClusterFollowsStorageTests
{
    private const string ConnectionString = "Host=db.example;Database=dutybot;Username=bot;Password=x";

    private static ServiceProvider Registered(Dictionary<string, string?> settings)
    {
        settings["Console:Enabled"] = "false";
        var builder = BotHostBuilder.Create([], settings);
        builder.Services.AddBot(builder.Configuration);
        return builder.Services.BuildServiceProvider();
    }

    private static IHostedService? QuartzTables(ServiceProvider services) =>
        services.GetServices<IHostedService>().SingleOrDefault(s => s is QuartzPostgresSchema);

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    public async Task PostgresStorage_ClustersQuartz_AndElectsLeaders_OnItsConnectionString(string provider)
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await using var services = Registered(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = db.ConnectionString,
            ["Scheduling:InstanceId"] = "host-a",
        });

        Assert.IsType<PostgresLeaderElection>(services.GetRequiredService<ILeaderElection>());
        // Quartz checks its tables when the scheduler is built: only the Storage database has them.
        await QuartzPostgresSchema.EnsureAsync(db.ConnectionString, CancellationToken.None);
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        try
        {
            var metadata = await scheduler.GetMetadata();
            Assert.True(metadata.JobStoreClustered);
            Assert.True(metadata.JobStorePersistent);
            Assert.Equal("host-a", scheduler.SchedulerInstanceId);
        }
        finally
        {
            await scheduler.Shutdown();
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("LiteDb")]
    public async Task LiteDbStorage_IsOneHost_WithQuartzInMemory(string? provider)
    {
        var settings = new Dictionary<string, string?> { ["Storage:ConnectionString"] = ConnectionString };
        if (provider is not null)
        {
            settings["Storage:Provider"] = provider;
        }

        await using var services = Registered(settings);

        Assert.IsType<SingleHostLeaderElection>(services.GetRequiredService<ILeaderElection>());
        Assert.Null(QuartzTables(services));
        await AssertInMemoryAsync(services);
    }

    [Fact]
    public async Task TheInterimSchedulingSwitch_IsGone()
    {
        await using var services = Registered(new()
        {
            ["Scheduling:JobStore"] = "Postgres",
            ["Scheduling:ConnectionString"] = ConnectionString,
        });

        Assert.IsType<SingleHostLeaderElection>(services.GetRequiredService<ILeaderElection>());
        Assert.Null(QuartzTables(services));
        await AssertInMemoryAsync(services);
    }

    [Fact]
    public void PostgresStorage_WithoutAConnectionString_StopsTheBotAtStart_NamingIt()
    {
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres", ["Console:Enabled"] = "false" };

        var ex = Assert.ThrowsAny<Exception>(() => BotHostBuilder.Build(BotHostBuilder.Create([], settings)));

        var failures = BotHostBuilder.ConfigurationFailures(ex);
        Assert.Contains(failures, l => l.StartsWith("Storage:ConnectionString: is empty but Storage:Provider is Postgres", StringComparison.Ordinal));
        Assert.Single(failures, l => l.StartsWith("Storage:ConnectionString", StringComparison.Ordinal));
    }

    private static async Task AssertInMemoryAsync(ServiceProvider services)
    {
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        try
        {
            var metadata = await scheduler.GetMetadata();
            Assert.False(metadata.JobStoreClustered);
            Assert.False(metadata.JobStorePersistent);
        }
        finally
        {
            await scheduler.Shutdown();
        }
    }
}
