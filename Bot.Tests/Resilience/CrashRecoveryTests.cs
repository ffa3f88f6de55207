using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Shifts;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Support.FakeWeCom;
using Xunit.Abstractions;

namespace Bot.Tests.Resilience;

/// <summary>
/// The real bot process SIGKILLed at random moments while Telegram updates and WeCom callbacks keep coming, restarted
/// over the same data file each time; at the end every update was handled once and every reply delivered.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Kills = 10;
    private const int TelegramUsers = 40;
    private const int TelegramUpdates = 240;
    private const int WeComUsers = 80;
    private const int Cadres = 10;
    private const int ReminderCadres = 20;

    [Fact]
    public async Task KilledTenTimesDuringMixedWorkload_EveryUpdateHandledOnce_EveryReplyDelivered_DuplicatesOnlyFromInFlight()
    {
        await using var rig = await BotProcessRig.StartFakesAsync();
        var telegramIds = Enumerable.Range(0, TelegramUsers).Select(i => 7000L + i).ToList();
        var wecomIds = Enumerable.Range(0, WeComUsers).Select(i => "wu" + i.ToString("000", CultureInfo.InvariantCulture)).ToList();
        var cadreIds = telegramIds.Take(Cadres).ToList();
        var reminderIds = Enumerable.Range(0, ReminderCadres).Select(i => 8000L + i).ToList();
        rig.SeedResidents(telegramIds.Skip(Cadres), wecomIds);
        // Reminders fall due one every 1.2 s from 4 s on, while the kills go on (the run takes well over 30 s).
        var reminders = rig.WithData(db => CrashFeatureWorld.Seed(WorldStores.LiteDb(db), cadreIds, reminderIds, TimeProvider.System.GetUtcNow().UtcDateTime,
            TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(1.2)));
        rig.WithData(db => CrashFeatureWorld.AddRecipients(WorldStores.LiteDb(db)));
        rig.Settings["Shifts:RemindBefore"] = CrashFeatureWorld.RemindBefore;
        // Some replies hang a moment at the platform, so kills also land while sends are in flight.
        foreach (var id in telegramIds.Where((_, i) => i % 4 == 0))
        {
            rig.Telegram.InjectFault(new FakeFault("sendMessage", FakeFaultKind.Delay, id, TimeSpan.FromMilliseconds(400)));
            rig.Telegram.InjectFault(new FakeFault("sendMessage", FakeFaultKind.Delay, id, TimeSpan.FromMilliseconds(400)));
        }

        var random = new Random(8);
        var load = new MixedWorkload(telegramIds, Cadres, wecomIds);
        // Telegram: updates keep arriving whether the bot is up or not (Telegram holds them for getUpdates).
        var telegramLoad = Task.Run(() => load.SendTelegramAsync(rig.Telegram, TelegramUpdates, TimeSpan.FromMilliseconds(25)));
        // WeCom: one message per user; a callback that got no 200 is delivered again, as WeCom retries.
        var wecomLoad = Task.Run(() => load.SendWeComAsync(rig.WeCom.CorpId, (_, _) => rig.Callbacks, TimeSpan.FromMilliseconds(60)));

        var inFlightAtKills = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            await rig.StartAsync();
            await Task.Delay(random.Next(300, 1500));
            await rig.KillAsync();
            // Requests the bot wrote just before dying may still be handled by the fake: let them land first.
            await BotTestHost.WaitUntilAsync(() => rig.Telegram.InProgress == 0, what: "fake Bot API idle after the kill");
            await Task.Delay(200);
            await BotTestHost.WaitUntilAsync(() => rig.Telegram.InProgress == 0, what: "fake Bot API idle after the kill");
            inFlightAtKills += rig.WithData(db => ExactlyOnce.InFlight(Outbox(db), rig.Telegram.Sent));
        }

        // The WeCom load retries until the bot answers, so it can only finish once the bot is up again: waiting for it
        // before the last start would wait forever whenever the kills ended before the last callback was accepted.
        await telegramLoad;
        await rig.StartAsync();
        await wecomLoad.WaitAsync(TimeSpan.FromSeconds(60));
        await BotTestHost.WaitUntilAsync(() => rig.Telegram.ConfirmedOffset > load.LastUpdate, TimeSpan.FromSeconds(60), "all updates confirmed");
        await BotTestHost.WaitUntilAsync(() => rig.Telegram.Sent.Count >= TelegramUpdates
            && rig.WeCom.RequestsTo("message/send").Select(r => r.Str("touser")).Distinct().Count() >= WeComUsers,
            TimeSpan.FromSeconds(60), "a reply to every update");
        await BotTestHost.WaitUntilAsync(() => reminders.Keys.All(id => rig.Telegram.SentTo(id).Count > 0), TimeSpan.FromSeconds(60), "every reminder delivered");
        await BotTestHost.WaitUntilAsync(() => OutboxDrained(rig.Http), TimeSpan.FromSeconds(60), "outbox drained");
        await rig.KillAsync();

        var (inbox, outbox) = rig.WithData(db => (db.Collection<InboxRecord>("inbox").FindAll().Select(r => (r.Channel, r.Key, r.Handled)).ToList(), Outbox(db)));
        var sent = rig.Telegram.Sent;

        // Each update is in the inbox once, handled, and produced its reply once (the reply is keyed to the update).
        ExactlyOnce.AssertInbox(inbox, TelegramUpdates, WeComUsers);
        ExactlyOnce.AssertOneReplyPerUpdate(outbox, load.UpdatesPerChat);

        // Every accepted outgoing message reached the platform; extra copies only of those in flight at a kill.
        var duplicates = ExactlyOnce.TelegramDuplicates(outbox, sent);
        var wecomDelivered = ExactlyOnce.AssertWeComOnce(outbox, rig.WeCom);

        // Features: sign-ins, handovers and acknowledgements took effect once; no reminder was enqueued twice, each
        // reached its cadre, and a second copy only as one of the duplicates bounded below.
        var reminderCopies = rig.WithData(db => CrashFeatureWorld.AssertEffects(WorldStores.LiteDb(db), outbox,
            key => db.Collection<ReminderLogEntry>("shift_reminders").FindById(key)?.Outcome,
            cadreIds, load.Acknowledgers, reminders, id => sent.Count(m => m.ChatId == id)));
        output.WriteLine($"{reminders.Count} reminders, {reminderCopies} second copies (in flight at a kill)");
        output.WriteLine($"{rig.Starts} starts, {Kills} SIGKILLs; Telegram: {sent.Count} messages, {duplicates} duplicates, {inFlightAtKills} in flight at kills; "
            + $"WeCom: {wecomDelivered.Count} delivered, {rig.WeCom.DuplicatesSuppressed} resends suppressed by duplicate check");
        Assert.True(duplicates <= inFlightAtKills, $"{duplicates} duplicates but only {inFlightAtKills} messages were in flight at the kills");

        // Privacy: eleven runs' standard error (production log levels) name no credential and no resident's phone.
        var logs = rig.Logs;
        Assert.Contains("polling as", logs, StringComparison.Ordinal);
        ExactlyOnce.AssertNoSecrets(logs, rig.Telegram, rig.WeCom);
    }

    private static List<OutboxRecord> Outbox(Bot.Core.Storage.BotDatabase db) => db.Collection<OutboxRecord>("outbox").FindAll().ToList();

    /// <summary>Whether the bot's health endpoint shows no pending outgoing message.</summary>
    internal static bool OutboxDrained(HttpClient http)
    {
        try
        {
            var json = http.GetStringAsync(new Uri("health", UriKind.Relative)).GetAwaiter().GetResult();
            return json.Contains("\"outboxPending\":0", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
