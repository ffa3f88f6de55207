using Bot.Core.Hosting;
using Bot.Core.Messaging;
using Bot.Core.Notices;
using Bot.Core.Shifts;
using Bot.Core.Storage;
using Bot.Host.Hosting;
using Bot.Host.Scheduling;
using Bot.Tests.Shifts;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Support.Postgres;
using Bot.Tests.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Quartz;

namespace Bot.Tests.Cluster;

/// <summary>
/// The whole bot with the cluster that <c>Storage:Provider=Postgres</c> selects (<see cref="ClusterExtensions.AddPostgresCluster"/>):
/// its real jobs and triggers go into the clustered store (job data included), registering them again (a restart, a
/// second host) replaces rather than duplicates, a real job fires through it, and Telegram polling runs on the one
/// leading host and moves when that host goes. The cluster is added directly and the bot's own data stays on LiteDB, so
/// these tests isolate the job store and the leader election; the whole bot on PostgreSQL (every store and the cluster
/// from <c>Storage:Provider=Postgres</c>) runs in <see cref="TwoHostFailoverTests"/>.
/// </summary>
public sealed class BotOnPostgresJobStoreTests
{
    /// <summary>The cluster on <paramref name="db"/> with fast check-ins, as host <paramref name="instanceId"/>.</summary>
    private static Action<IServiceCollection> Cluster(ThrowawayDatabase db, string instanceId) => services =>
        services.AddPostgresCluster(db.ConnectionString, new JobStoreOptions
        {
            InstanceId = instanceId,
            CheckinInterval = TimeSpan.FromSeconds(1),
            CheckinMisfireThreshold = TimeSpan.FromSeconds(2),
        });

    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Leadership:RetryInterval"] = "00:00:00.200",
        ["Leadership:CheckInterval"] = "00:00:00.500",
        ["Notices:Schedules:0:Name"] = "friday-bulletin",
        ["Notices:Schedules:0:Cron"] = "0 0 20 ? * FRI",
        ["Notices:Schedules:0:Community"] = "*",
        ["Notices:Schedules:0:Title"] = "本周通报 {date}",
        ["Notices:Schedules:0:Content"] = "内容",
    };

    [Fact]
    public async Task TwoHosts_AndARestart_StoreEachJobAndTriggerOnce_WithTheirJobData()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await using var a = await BotTestHost.StartAsync(Settings, configure: Cluster(db, "host-a"));
        var scheduler = await a.Get<ISchedulerFactory>().GetScheduler();
        Assert.True((await scheduler.GetMetadata()).JobStoreClustered);
        var jobs = await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup());
        var triggers = await scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.AnyGroup());
        Assert.Superset(new HashSet<JobKey>
        {
            HistoryPruneJob.Key, ShiftReminderJob.Key, DailySummaryJob.Key, ShiftHorizonJob.Key,
            NoticeJobKeys.Due, NoticeJobKeys.Recurring, NoticeJobKeys.Sweep,
            new("purchase-reminders", "purchases"), new("idle-conversations", "purchases"),
        }, jobs.ToHashSet());
        Assert.Superset(new HashSet<TriggerKey>
        {
            new("history-prune", "storage"), ShiftTriggerScheduler.SummaryTrigger, ShiftTriggerScheduler.HorizonTrigger,
            new("notice-sweep", NoticeJobKeys.Group), NoticeJobKeys.ForSchedule("friday-bulletin"),
            new("purchase-reminders", "purchases"), new("idle-conversations", "purchases"),
        }, triggers.ToHashSet());

        await using (var b = await BotTestHost.StartAsync(Settings, configure: Cluster(db, "host-b")))
        {
            // Both nodes check in (each scheduler starts once its host has started).
            await WaitForAsync(async () => await CountAsync(db, "SELECT count(*) FROM qrtz_scheduler_state") == 2, "two nodes checked in");
        }

        await using var bAgain = await BotTestHost.StartAsync(Settings, configure: Cluster(db, "host-b"));
        var seenFromB = await (await bAgain.Get<ISchedulerFactory>().GetScheduler()).GetJobKeys(GroupMatcher<JobKey>.AnyGroup());
        Assert.Equal(jobs.ToHashSet(), seenFromB.ToHashSet());
        Assert.Equal(triggers.Count, await CountAsync(db, "SELECT count(*) FROM qrtz_triggers"));
        Assert.Equal(jobs.Count, await CountAsync(db, "SELECT count(*) FROM qrtz_job_details"));
        // The recurring notice's trigger carries its schedule's name through the store (System.Text.Json and back).
        var recurring = await scheduler.GetTrigger(NoticeJobKeys.ForSchedule("friday-bulletin"));
        Assert.Equal("friday-bulletin", recurring!.JobDataMap.GetString(NoticeJobKeys.ScheduleName));
        Assert.IsAssignableFrom<ICronTrigger>(recurring);
    }

    [Fact]
    public async Task ShiftReminder_FiresThroughThePostgresJobStore_AndLandsInTheOutbox()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await using var host = await BotTestHost.StartAsync(Settings, configure: services =>
        {
            QuartzSchedulingTests.WithConsoleAddresses(services);
            Cluster(db, "host-a")(services);
        });
        var cadre = QuartzSchedulingTests.Seed(host);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        // The "starts in 30 min" reminder falls due one second from now.
        var entry = QuartzSchedulingTests.NewEntry(cadre, now.AddMinutes(30).AddSeconds(1));

        host.Get<BotDatabase>().InTransaction(() => host.Get<ShiftStore>().Add(entry));

        var outbox = host.Get<LiteDbOutbox>();
        await BotTestHost.WaitUntilAsync(() => outbox.Exists($"shift:{entry.Id}:upcoming"), what: "the upcoming-shift reminder in the outbox");
        Assert.True(await CountAsync(db, "SELECT count(*) FROM qrtz_triggers WHERE trigger_name LIKE 'shift-due-%'") > 0);
    }

    [Fact]
    public async Task TelegramPolling_RunsOnTheLeadingHostOnly_AndMovesWhenItGoes()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        var li = FakeUpdates.User(1001, "李姨", "li_yi", "zh-hans");
        var runA = await TelegramBotRun.StartAsync(fake, Settings, configure: Cluster(db, "host-a"));
        var runB = await TelegramBotRun.StartAsync(fake, Settings, configure: Cluster(db, "host-b"));
        TelegramBotRun? gone = null;
        try
        {
            var name = "telegram-polling:" + fake.Token.Split(':')[0];
            await BotTestHost.WaitUntilAsync(() => Leads(runA, name) || Leads(runB, name), what: "one host leads the polling");
            var (leader, other) = Leads(runA, name) ? (runA, runB) : (runB, runA);
            Assert.False(Leads(other, name));

            var first = fake.AddUpdate(FakeUpdates.Text(li, 1001, "/probe echo one"));
            await leader.QuietAsync(first);
            Assert.Equal(1, leader.Inbox.Count);
            Assert.Equal(0, other.Inbox.Count);
            // Two pollers would end each other's long polls with 409 Conflict.
            Assert.DoesNotContain(fake.Exchanges, e => e.Method == "getUpdates" && e.Status == 409);

            gone = leader;
            await leader.DisposeAsync();
            var second = fake.AddUpdate(FakeUpdates.Text(li, 1001, "/probe echo two"));

            await BotTestHost.WaitUntilAsync(() => Leads(other, name), what: "the other host leads the polling");
            await other.QuietAsync(second);
            Assert.Contains(fake.SentTo(1001), m => m.Text == "echo two");
        }
        finally
        {
            foreach (var run in new[] { runA, runB }.Where(r => r != gone))
            {
                await run.DisposeAsync();
            }
        }
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await condition())
        {
            Assert.False(cts.IsCancellationRequested, "condition not reached: " + what);
            await Task.Delay(50, CancellationToken.None);
        }
    }

    private static bool Leads(TelegramBotRun run, string name) => run.Host.Get<ILeaderElection>().For(name).IsLeader;

    private static async Task<long> CountAsync(ThrowawayDatabase db, string sql)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
