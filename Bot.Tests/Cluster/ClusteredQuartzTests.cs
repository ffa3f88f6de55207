using System.Collections.Concurrent;
using Bot.Host.Scheduling;
using Bot.Tests.Support;
using Bot.Tests.Support.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Quartz;

namespace Bot.Tests.Cluster;

/// <summary>
/// Two Quartz nodes (two service providers, two instance ids) on one throwaway PostgreSQL database, configured by
/// <see cref="PostgresJobStore.AddPostgresJobStore"/>: each firing runs on exactly one node, and a node that stops
/// abruptly has its firing in progress recovered by the other.
/// </summary>
public sealed class ClusteredQuartzTests
{
    [Fact]
    public async Task Schema_CreatedTogetherByManyHosts_IsCreatedOnce_AndAgainIsHarmless()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => QuartzPostgresSchema.EnsureAsync(db.ConnectionString, CancellationToken.None)));
        await QuartzPostgresSchema.EnsureAsync(db.ConnectionString, CancellationToken.None);

        Assert.Equal(12L, await ScalarAsync(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'qrtz\\_%'"));
        // Quartz itself accepts it: its start-up check of every table and column passes.
        await using var node = await Node.StartAsync(db, "node-a");
        Assert.True((await node.Scheduler.GetMetadata()).JobStoreClustered);
    }

    [Fact]
    public async Task OneShotTrigger_OnTwoNodes_RunsExactlyOnce()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await using var a = await Node.StartAsync(db, "node-a");
        await using var b = await Node.StartAsync(db, "node-b");
        var runs = Runs.New(out var runId);

        var trigger = TriggerBuilder.Create().WithIdentity("once", "test").ForJob(RecordingJob.Key).UsingJobData(Runs.IdKey, runId).StartNow().Build();
        await a.Scheduler.AddJob(RecordingJob.Detail(), AddJobOptions.Replacing);
        await a.Scheduler.ScheduleJob(trigger);

        await BotTestHost.WaitUntilAsync(() => runs.Count == 1, what: "the one-shot job ran");
        await WaitUntilSettledAsync(db, a.Scheduler, trigger.Key);
        var fire = Assert.Single(runs);
        Assert.Equal(1, fire.Value.Count);
    }

    [Fact]
    public async Task RecurringTrigger_OnTwoNodes_RunsEachFireExactlyOnce()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await using var a = await Node.StartAsync(db, "node-a");
        await using var b = await Node.StartAsync(db, "node-b");
        var runs = Runs.New(out var runId);
        const int fires = 8;

        var trigger = TriggerBuilder.Create().WithIdentity("every-half-second", "test").ForJob(RecordingJob.Key).UsingJobData(Runs.IdKey, runId)
            .StartNow().WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(500)).WithRepeatCount(fires - 1)).Build();
        await b.Scheduler.AddJob(RecordingJob.Detail(), AddJobOptions.Replacing);
        await b.Scheduler.ScheduleJob(trigger);

        await BotTestHost.WaitUntilAsync(() => runs.Count == fires, what: $"{fires} distinct fires");
        await WaitUntilSettledAsync(db, a.Scheduler, trigger.Key);
        Assert.Equal(fires, runs.Count);
        Assert.All(runs, fire => Assert.Equal(1, fire.Value.Count));
    }

    [Fact]
    public async Task NodeStoppedAbruptly_WhileRunningAJob_TheOtherNodeRecoversAndRunsIt()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        var runs = Runs.New(out var runId);
        var a = await Node.StartAsync(db, "node-a");
        try
        {
            var trigger = TriggerBuilder.Create().WithIdentity("long", "test").ForJob(BlockingJob.Key).UsingJobData(Runs.IdKey, runId).StartNow().Build();
            await a.Scheduler.AddJob(BlockingJob.Detail(), AddJobOptions.Replacing);
            await a.Scheduler.ScheduleJob(trigger);
            await BotTestHost.WaitUntilAsync(() => runs.Values.Any(r => r.Nodes.Contains("node-a")), what: "the job started on node a");

            // Node a goes silent with the job still in its hands: no waiting for the job, no more check-ins.
            await a.Scheduler.Shutdown(waitForJobsToComplete: false);
            await using var b = await Node.StartAsync(db, "node-b");

            await BotTestHost.WaitUntilAsync(() => runs.Values.Any(r => r.Nodes.Contains("node-b") && r.Recovering), TimeSpan.FromSeconds(60),
                "node b re-ran the job node a left");
        }
        finally
        {
            BlockingJob.Release(runId);
            await a.DisposeAsync();
        }
    }

    /// <summary>Waits until the trigger is gone (its last fire done) and no firing row is left in the store.</summary>
    private static async Task WaitUntilSettledAsync(ThrowawayDatabase db, IScheduler scheduler, TriggerKey key)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await scheduler.GetTrigger(key) is not null || await ScalarAsync(db, "SELECT count(*) FROM qrtz_fired_triggers") != 0L)
        {
            await Task.Delay(50, cts.Token);
        }
    }

    private static async Task<long> ScalarAsync(ThrowawayDatabase db, string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>One node: its own container, the bot's Postgres job store, a short check-in, started.</summary>
    internal sealed class Node : IAsyncDisposable
    {
        private readonly ServiceProvider _services;

        private Node(ServiceProvider services, IScheduler scheduler)
        {
            _services = services;
            Scheduler = scheduler;
        }

        public IScheduler Scheduler { get; }

        public static async Task<Node> StartAsync(ThrowawayDatabase db, string instanceId)
        {
            var services = new ServiceCollection();
            services.AddLogging();
            services.AddQuartz(q =>
            {
                q.UseDefaultThreadPool(tp => tp.MaxConcurrency = 4);
                q.ConfigureScheduler(s => s.IdleWaitTime = TimeSpan.FromSeconds(1));
            });
            services.AddPostgresJobStore(db.ConnectionString, new JobStoreOptions
            {
                InstanceId = instanceId,
                CheckinInterval = TimeSpan.FromSeconds(1),
                CheckinMisfireThreshold = TimeSpan.FromSeconds(2),
            });
            var provider = services.BuildServiceProvider();
            foreach (var hosted in provider.GetServices<IHostedService>())
            {
                await hosted.StartAsync(CancellationToken.None);
            }

            var scheduler = await provider.GetRequiredService<ISchedulerFactory>().GetScheduler();
            Assert.Equal(instanceId, scheduler.SchedulerInstanceId);
            await scheduler.Start();
            return new Node(provider, scheduler);
        }

        public async ValueTask DisposeAsync()
        {
            if (Scheduler.Status is not (SchedulerStatus.Shutdown or SchedulerStatus.ShuttingDown))
            {
                await Scheduler.Shutdown(waitForJobsToComplete: true);
            }

            await _services.DisposeAsync();
        }
    }
}

/// <summary>What the test jobs recorded, per test run (the run's id travels in the trigger's job data).</summary>
internal static class Runs
{
    public const string IdKey = "run";

    private static readonly ConcurrentDictionary<string, ConcurrentDictionary<DateTimeOffset, Fire>> All = new();

    public static ConcurrentDictionary<DateTimeOffset, Fire> New(out string id)
    {
        id = Guid.NewGuid().ToString("N");
        return All.GetOrAdd(id, _ => new ConcurrentDictionary<DateTimeOffset, Fire>());
    }

    /// <summary>Records one execution, keyed by the firing's scheduled time (a recovery re-runs the same one).</summary>
    public static void Record(IJobExecutionContext context)
    {
        var id = context.MergedJobDataMap.GetString(IdKey) ?? throw new InvalidOperationException("no run id in the job data");
        var fires = All[id];
        var key = context.Recovering ? DateTimeOffset.MinValue : context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var fire = fires.GetOrAdd(key, _ => new Fire());
        fire.Add(context.Scheduler.SchedulerInstanceId, context.Recovering);
    }

    internal sealed class Fire
    {
        private readonly Lock _gate = new();
        private readonly List<string> _nodes = [];

        public int Count
        {
            get
            {
                lock (_gate)
                {
                    return _nodes.Count;
                }
            }
        }

        public IReadOnlyList<string> Nodes
        {
            get
            {
                lock (_gate)
                {
                    return [.. _nodes];
                }
            }
        }

        public bool Recovering { get; private set; }

        public void Add(string node, bool recovering)
        {
            lock (_gate)
            {
                _nodes.Add(node);
                Recovering |= recovering;
            }
        }
    }
}

internal sealed class RecordingJob : IJob
{
    public static readonly JobKey Key = new("recording", "test");

    public static IJobDetail Detail() => JobBuilder.Create<RecordingJob>().WithIdentity(Key).StoreDurably().Build();

    public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        Runs.Record(context);
        return ValueTask.CompletedTask;
    }
}

/// <summary>Records, then holds on until the test releases it, ignoring cancellation (as a job on a frozen host would).</summary>
internal sealed class BlockingJob : IJob
{
    public static readonly JobKey Key = new("blocking", "test");

    private static readonly ConcurrentDictionary<string, TaskCompletionSource> Gates = new();

    public static IJobDetail Detail() => JobBuilder.Create<BlockingJob>().WithIdentity(Key).StoreDurably().RequestRecovery().Build();

    public static void Release(string runId) => Gates.GetOrAdd(runId, _ => new TaskCompletionSource()).TrySetResult();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        Runs.Record(context);
        if (!context.Recovering)
        {
            var id = context.MergedJobDataMap.GetString(Runs.IdKey)!;
            await Gates.GetOrAdd(id, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }
}
