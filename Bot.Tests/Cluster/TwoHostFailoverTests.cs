using System.Diagnostics;
using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Shifts;
using Bot.Tests.Resilience;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;
using Npgsql;
using Xunit.Abstractions;

namespace Bot.Tests.Cluster;

/// <summary>
/// Issue #16's two-host test: two bot processes on one PostgreSQL database under a mixed workload (Telegram updates,
/// polled by the leading host only; WeCom callbacks posted to both hosts in turn; shift reminders falling due), and
/// the host leading the Telegram polling SIGKILLed mid-run. Nothing is lost, nothing handled twice, every reminder
/// goes out once, and the survivor takes over the polling.
/// </summary>
public sealed class TwoHostFailoverTests(ITestOutputHelper output)
{
    // 33 users: each resident's texts run backwards through CrashFeatureWorld.ResidentTexts (as with the crash test's
    // 40), six rounds of them, so 已阅 never comes while a purchase conversation waits for an answer.
    private const int TelegramUsers = 33;
    private const int Cadres = 8;
    private const int TelegramUpdates = 6 * TelegramUsers;
    private const int WeComUsers = 60;
    private const int ReminderCadres = 16;

    [Fact]
    public async Task PollingLeaderKilledMidRun_SurvivorTakesOver_EveryUpdateHandledOnce_EveryReminderOnce()
    {
        await using var rig = await ClusterProcessRig.StartFakesAsync();
        var telegramIds = Enumerable.Range(0, TelegramUsers).Select(i => 7000L + i).ToList();
        var wecomIds = Enumerable.Range(0, WeComUsers).Select(i => "wu" + i.ToString("000", CultureInfo.InvariantCulture)).ToList();
        var cadreIds = telegramIds.Take(Cadres).ToList();
        var reminderIds = Enumerable.Range(0, ReminderCadres).Select(i => 8000L + i).ToList();
        var stores = rig.Stores;
        BotProcessRig.SeedResidents(stores.Db, stores.People, stores.Communities, telegramIds.Skip(Cadres), wecomIds);
        // Reminders fall due one a second from 12 s on: some before the kill, some around it, the rest on the survivor.
        var clock = Stopwatch.StartNew();
        var reminders = CrashFeatureWorld.Seed(stores, cadreIds, reminderIds, TimeProvider.System.GetUtcNow().UtcDateTime,
            TimeSpan.FromSeconds(12), TimeSpan.FromSeconds(1));
        CrashFeatureWorld.AddRecipients(stores);
        rig.Settings["Shifts:RemindBefore"] = CrashFeatureWorld.RemindBefore;
        // Every reply to a quarter of the chats hangs a moment at the platform, so the kill can land while sends are in flight.
        foreach (var id in telegramIds.Where((_, i) => i % 4 == 0))
        {
            for (var round = 0; round < TelegramUpdates / TelegramUsers; round++)
            {
                rig.Telegram.InjectFault(new FakeFault("sendMessage", FakeFaultKind.Delay, id, TimeSpan.FromMilliseconds(400)));
            }
        }

        await rig.StartHostsAsync();
        await BotTestHost.WaitUntilAsync(() => rig.PollingLeader() is not null, what: "one host leads the Telegram polling");
        var victim = rig.PollingLeader()!;
        var survivor = rig.Hosts.Single(h => h != victim);
        var started = clock.Elapsed;

        var load = new MixedWorkload(telegramIds, Cadres, wecomIds);
        // Telegram holds the updates for whoever polls; WeCom posts to the hosts in turn and, when one does not answer
        // 200, posts again to the next (as WeCom retries, through a load balancer).
        var telegramLoad = Task.Run(() => load.SendTelegramAsync(rig.Telegram, TelegramUpdates, TimeSpan.FromMilliseconds(100)));
        var wecomLoad = Task.Run(() => load.SendWeComAsync(rig.WeCom.CorpId, (i, attempt) => rig.Hosts[(i + attempt) % 2].Callbacks,
            TimeSpan.FromMilliseconds(250)));

        // Mid-run: half the updates out, some reminders delivered, and a send under way at the fake besides the long poll.
        await BotTestHost.WaitUntilAsync(() => load.Updates >= TelegramUpdates / 2 && Delivered(rig, reminders) >= ReminderCadres / 4
            && rig.Telegram.InProgress >= 2, TimeSpan.FromSeconds(60), "mid-run");
        Assert.False(rig.Leads(survivor.CurrentLog), "both hosts led the Telegram polling");
        var remindersBefore = Delivered(rig, reminders);
        var killedAt = TimeProvider.System.GetUtcNow();
        await victim.KillAsync();
        var pollsAtKill = rig.Telegram.Polls;
        var killed = clock.Elapsed;

        // The victim's last requests may still be under way at the fake: let them land, then count what it had sent
        // without recording it (those, and only those, may go out a second time).
        await Task.Delay(1000);
        var inFlightAtKill = ExactlyOnce.InFlight(Outbox(rig), rig.Telegram.Sent);

        await BotTestHost.WaitUntilAsync(() => rig.Leads(survivor.CurrentLog), TimeSpan.FromSeconds(30), "the survivor leads the polling");
        await BotTestHost.WaitUntilAsync(() => rig.Telegram.Polls >= pollsAtKill + 3, TimeSpan.FromSeconds(30), "getUpdates calls go on");
        await Task.WhenAll(telegramLoad, wecomLoad).WaitAsync(TimeSpan.FromSeconds(60));
        await BotTestHost.WaitUntilAsync(() => rig.Telegram.ConfirmedOffset > load.LastUpdate, TimeSpan.FromSeconds(60), "all updates confirmed");
        await BotTestHost.WaitUntilAsync(() => Delivered(rig, reminders) == ReminderCadres, TimeSpan.FromSeconds(60), "every reminder delivered");
        await BotTestHost.WaitUntilAsync(() => Unhandled(rig) == 0 && PendingCount(rig) == 0, TimeSpan.FromSeconds(60), "inbox handled, outbox drained");
        await survivor.KillAsync();

        var inbox = Inbox(rig);
        var outbox = Outbox(rig);
        var sent = rig.Telegram.Sent;

        // Each update and callback is in the inbox once, handled, and produced its reply once.
        ExactlyOnce.AssertInbox(inbox, TelegramUpdates, WeComUsers);
        ExactlyOnce.AssertOneReplyPerUpdate(outbox, load.UpdatesPerChat);

        // Every accepted outgoing message reached the platform; extra copies only of those in flight at the kill.
        var duplicates = ExactlyOnce.TelegramDuplicates(outbox, sent);
        var wecomDelivered = ExactlyOnce.AssertWeComOnce(outbox, rig.WeCom);

        // Features took effect once on the shared database; every reminder was enqueued once and reached its cadre.
        var reminderCopies = CrashFeatureWorld.AssertEffects(rig.Stores, outbox, key => ReminderOutcomeOf(rig, key), cadreIds,
            load.Acknowledgers, reminders, id => sent.Count(m => m.ChatId == id));

        // One poller at a time: two getUpdates loops would have ended each other's calls with 409 Conflict.
        Assert.DoesNotContain(rig.Telegram.Exchanges, e => e.Method == "getUpdates" && e.Status == 409 && e.At < killedAt);
        Assert.True(rig.Leads(victim.Logs));

        output.WriteLine($"hosts up and leader known after {started.TotalSeconds:0.0} s, {victim.Name} (polling leader) SIGKILLed at {killed.TotalSeconds:0.0} s, "
            + $"all done at {clock.Elapsed.TotalSeconds:0.0} s");
        output.WriteLine($"reminders: {ReminderCadres}, {remindersBefore} delivered before the kill, {reminderCopies} second copies");
        output.WriteLine($"Telegram: {TelegramUpdates} updates, {sent.Count} messages, {duplicates} duplicates, {inFlightAtKill} in flight at the kill; "
            + $"getUpdates calls: {pollsAtKill} before the kill, {rig.Telegram.Polls - pollsAtKill} after");
        output.WriteLine($"WeCom: {WeComUsers} callbacks, {load.Retries} posted again after no answer, {wecomDelivered.Count} delivered, "
            + $"{rig.WeCom.DuplicatesSuppressed} resends suppressed by duplicate check");
        Assert.True(duplicates <= inFlightAtKill, $"{duplicates} duplicates but only {inFlightAtKill} messages were in flight at the kill");

        foreach (var host in rig.Hosts)
        {
            ExactlyOnce.AssertNoSecrets(host.Logs, rig.Telegram, rig.WeCom);
        }
    }

    private static int Delivered(ClusterProcessRig rig, IReadOnlyDictionary<long, long> reminders) =>
        reminders.Keys.Count(id => rig.Telegram.SentTo(id).Count > 0);

    private static IReadOnlyList<OutboxRecord> Outbox(ClusterProcessRig rig) => rig.Get<IOutboxStore>().All();

    private static int PendingCount(ClusterProcessRig rig) => rig.Get<IOutboxStore>().PendingCount();

    private static List<(string Channel, string Key, bool Handled)> Inbox(ClusterProcessRig rig) =>
        Query(rig, "SELECT channel, key, handled FROM inbox", r => (r.GetString(0), r.GetString(1), r.GetBoolean(2)));

    private static int Unhandled(ClusterProcessRig rig) =>
        Query(rig, "SELECT count(*) FROM inbox WHERE NOT handled", r => (int)r.GetInt64(0)).Single();

    /// <summary>The reminder log's outcome for <paramref name="key"/> (table <c>shift_reminders</c>), or null when not logged.</summary>
    private static ReminderOutcome? ReminderOutcomeOf(ClusterProcessRig rig, string key) =>
        Query(rig, "SELECT outcome FROM shift_reminders WHERE key = @key", r => (ReminderOutcome?)(ReminderOutcome)Convert.ToInt32(r.GetValue(0),
            CultureInfo.InvariantCulture), ("key", key)).SingleOrDefault();

    private static List<T> Query<T>(ClusterProcessRig rig, string sql, Func<NpgsqlDataReader, T> read, params (string Name, object Value)[] parameters)
    {
        using var connection = new NpgsqlConnection(rig.Database.ConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }


        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
