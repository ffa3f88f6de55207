using System.Globalization;
using Bot.Core.Messaging;
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
        var reminders = rig.WithData(db => CrashFeatureWorld.Seed(db, cadreIds, reminderIds, TimeProvider.System.GetUtcNow().UtcDateTime,
            TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(1.2)));
        rig.WithData(CrashFeatureWorld.AddRecipients);
        rig.Settings["Shifts:RemindBefore"] = CrashFeatureWorld.RemindBefore;
        var acknowledgers = new HashSet<string>();
        // Some replies hang a moment at the platform, so kills also land while sends are in flight.
        foreach (var id in telegramIds.Where((_, i) => i % 4 == 0))
        {
            rig.Telegram.InjectFault(new FakeFault("sendMessage", FakeFaultKind.Delay, id, TimeSpan.FromMilliseconds(400)));
            rig.Telegram.InjectFault(new FakeFault("sendMessage", FakeFaultKind.Delay, id, TimeSpan.FromMilliseconds(400)));
        }

        var random = new Random(8);
        var updatesPerChat = new Dictionary<long, int>();
        var lastUpdate = 0;
        using var stop = new CancellationTokenSource();

        // Telegram: updates keep arriving whether the bot is up or not (Telegram holds them for getUpdates).
        var telegramLoad = Task.Run(async () =>
        {
            for (var i = 0; i < TelegramUpdates; i++)
            {
                var id = telegramIds[i % TelegramUsers];
                var round = i / TelegramUsers;
                var text = i % TelegramUsers < Cadres
                    ? CrashFeatureWorld.CadreTexts[round % CrashFeatureWorld.CadreTexts.Length]
                    : CrashFeatureWorld.ResidentTexts[(round + i) % CrashFeatureWorld.ResidentTexts.Length];
                lock (updatesPerChat)
                {
                    updatesPerChat[id] = updatesPerChat.GetValueOrDefault(id) + 1;
                    if (text == "已阅")
                    {
                        acknowledgers.Add(i % TelegramUsers < Cadres ? CrashFeatureWorld.CadreName(id) : $"tg{id}");
                    }
                }

                lastUpdate = rig.Telegram.AddUpdate(FakeUpdates.Text(FakeUpdates.User(id, "u" + id), id, text));
                await Task.Delay(25);
            }
        });

        // WeCom: one message per user; a callback that got no 200 is delivered again, as WeCom retries.
        var wecomLoad = Task.Run(async () =>
        {
            for (var i = 0; i < WeComUsers; i++)
            {
                var text = CrashFeatureWorld.ResidentTexts[i % CrashFeatureWorld.ResidentTexts.Length];
                if (text == "已阅")
                {
                    lock (updatesPerChat)
                    {
                        acknowledgers.Add("wc" + wecomIds[i]);
                    }
                }

                var xml = FakeWeComCallbacks.TextXml(rig.WeCom.CorpId, wecomIds[i], text, 9_000_000 + i, 1_772_000_000);
                while (!await PostedAsync(rig, xml))
                {
                    await Task.Delay(100);
                }

                await Task.Delay(60);
            }
        });

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
            inFlightAtKills += rig.WithData(db => InFlight(db, rig.Telegram.Sent));
        }

        // The WeCom load retries until the bot answers, so it can only finish once the bot is up again: waiting for it
        // before the last start would wait forever whenever the kills ended before the last callback was accepted.
        await telegramLoad;
        await rig.StartAsync();
        await wecomLoad.WaitAsync(TimeSpan.FromSeconds(60));
        await BotTestHost.WaitUntilAsync(() => rig.Telegram.ConfirmedOffset > lastUpdate, TimeSpan.FromSeconds(60), "all updates confirmed");
        await BotTestHost.WaitUntilAsync(() => rig.Telegram.Sent.Count >= TelegramUpdates
            && rig.WeCom.RequestsTo("message/send").Select(r => r.Str("touser")).Distinct().Count() >= WeComUsers,
            TimeSpan.FromSeconds(60), "a reply to every update");
        await BotTestHost.WaitUntilAsync(() => reminders.Keys.All(id => rig.Telegram.SentTo(id).Count > 0), TimeSpan.FromSeconds(60), "every reminder delivered");
        await BotTestHost.WaitUntilAsync(() => OutboxDrained(rig), TimeSpan.FromSeconds(60), "outbox drained");
        await rig.KillAsync();

        var (inbox, outbox) = rig.WithData(db => (db.Collection<InboxRecord>("inbox").FindAll().ToList(), db.Collection<OutboxRecord>("outbox").FindAll().ToList()));
        var sent = rig.Telegram.Sent;

        // Each update is in the inbox once, handled, and produced its reply once (the reply is keyed to the update).
        Assert.Equal(TelegramUpdates, inbox.Count(r => r.Channel == ChannelNames.Telegram));
        Assert.Equal(WeComUsers, inbox.Count(r => r.Channel == ChannelNames.WeCom));
        Assert.All(inbox, r => Assert.True(r.Handled, $"{r.Key} not handled"));
        foreach (var (chat, count) in updatesPerChat)
        {
            Assert.Equal(count, outbox.Count(o => o.Channel == ChannelNames.Telegram && o.ChatId == chat.ToString(CultureInfo.InvariantCulture) && !o.DedupeKey.Contains('#', StringComparison.Ordinal)));
        }

        // Every accepted outgoing message reached the platform; extra copies only of those in flight at a kill.
        Assert.All(outbox, o => Assert.Equal(OutboxStatus.Sent, o.Status));
        var duplicates = 0;
        foreach (var group in outbox.Where(o => o.Channel == ChannelNames.Telegram).GroupBy(o => (o.ChatId, o.Text)))
        {
            var delivered = sent.Count(m => m.ChatId.ToString(CultureInfo.InvariantCulture) == group.Key.ChatId && m.Text == group.Key.Text);
            Assert.True(delivered >= group.Count(), $"{group.Key.ChatId}: {group.Count()} accepted, {delivered} delivered");
            duplicates += delivered - group.Count();
        }

        // WeCom: the app sends with duplicate check on, so a resend after a kill is not delivered twice.
        var wecomDelivered = rig.WeCom.RequestsTo("message/send").SelectMany(r => r.Str("touser").Split('|')).ToList();
        foreach (var group in outbox.Where(o => o.Channel == ChannelNames.WeCom).GroupBy(o => o.ChatId))
        {
            Assert.Equal(group.Count(), wecomDelivered.Count(u => u == group.Key));
        }

        // Features: sign-ins, handovers and acknowledgements took effect once; no reminder was enqueued twice, each
        // reached its cadre, and a second copy only as one of the duplicates bounded below.
        var reminderCopies = rig.WithData(db => CrashFeatureWorld.AssertEffects(db, cadreIds, acknowledgers, reminders, id => sent.Count(m => m.ChatId == id)));
        output.WriteLine($"{reminders.Count} reminders, {reminderCopies} second copies (in flight at a kill)");
        output.WriteLine($"{rig.Starts} starts, {Kills} SIGKILLs; Telegram: {sent.Count} messages, {duplicates} duplicates, {inFlightAtKills} in flight at kills; "
            + $"WeCom: {wecomDelivered.Count} delivered, {rig.WeCom.DuplicatesSuppressed} resends suppressed by duplicate check");
        Assert.True(duplicates <= inFlightAtKills, $"{duplicates} duplicates but only {inFlightAtKills} messages were in flight at the kills");

        // Privacy: eleven runs' standard error (production log levels) name no credential and no resident's phone.
        var logs = rig.Logs;
        Assert.Contains("polling as", logs, StringComparison.Ordinal);
        foreach (var secret in new[] { rig.Telegram.Token, rig.Telegram.Token.Split(':')[1], rig.WeCom.CorpSecret, BotProcessRig.AppToken, BotProcessRig.AppAesKey })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"1391234\d{4}", logs);
    }

    private static async Task<bool> PostedAsync(BotProcessRig rig, string xml)
    {
        try
        {
            using var response = await rig.Callbacks.PostAsync(xml);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>Pending Telegram messages the fake had already received more often than the data file shows sent: the send was cut off.</summary>
    private static int InFlight(Bot.Core.Storage.BotDatabase db, IReadOnlyList<FakeSentMessage> sent)
    {
        var outbox = db.Collection<OutboxRecord>("outbox").FindAll().Where(o => o.Channel == ChannelNames.Telegram).ToList();
        return outbox.Where(o => o.Status == OutboxStatus.Pending).GroupBy(o => (o.ChatId, o.Text)).Sum(g =>
        {
            var received = sent.Count(m => m.ChatId.ToString(CultureInfo.InvariantCulture) == g.Key.ChatId && m.Text == g.Key.Text);
            var recorded = outbox.Count(o => o.Status == OutboxStatus.Sent && o.ChatId == g.Key.ChatId && o.Text == g.Key.Text);
            return Math.Min(g.Count(), Math.Max(0, received - recorded));
        });
    }

    private static bool OutboxDrained(BotProcessRig rig)
    {
        try
        {
            var json = rig.Http.GetStringAsync(new Uri("health", UriKind.Relative)).GetAwaiter().GetResult();
            return json.Contains("\"outboxPending\":0", StringComparison.Ordinal);
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
