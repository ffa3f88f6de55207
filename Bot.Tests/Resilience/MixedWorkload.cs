using System.Globalization;
using Bot.Core.Messaging;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Tests.Resilience;

/// <summary>
/// The crash tests' load: Telegram texts from cadres (sign-in, handover, 已阅, …) and residents (help, purchase, 已阅,
/// …), added to the fake's update queue whether or not a bot polls; one WeCom text per user, its callback posted again
/// until a bot answers 200 (as WeCom retries). Remembers what it sent: updates per chat and who sent 已阅.
/// </summary>
internal sealed class MixedWorkload(IReadOnlyList<long> telegramIds, int cadres, IReadOnlyList<string> wecomIds)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, int> _updatesPerChat = [];
    private readonly HashSet<string> _acknowledgers = [];
    private int _lastUpdate;
    private int _updates;
    private int _callbacks;
    private int _retries;

    /// <summary>The id of the last Telegram update added.</summary>
    public int LastUpdate => Volatile.Read(ref _lastUpdate);

    /// <summary>Telegram updates added so far.</summary>
    public int Updates => Volatile.Read(ref _updates);

    /// <summary>WeCom callbacks answered 200 so far.</summary>
    public int Callbacks => Volatile.Read(ref _callbacks);

    /// <summary>WeCom callbacks posted again after no 200.</summary>
    public int Retries => Volatile.Read(ref _retries);

    public IReadOnlyDictionary<long, int> UpdatesPerChat
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<long, int>(_updatesPerChat);
            }
        }
    }

    /// <summary>Names (as seeded) of everyone who sent 已阅.</summary>
    public ISet<string> Acknowledgers
    {
        get
        {
            lock (_gate)
            {
                return new HashSet<string>(_acknowledgers);
            }
        }
    }

    /// <summary>Adds <paramref name="count"/> updates, round robin over the users, one every <paramref name="spacing"/>.</summary>
    public async Task SendTelegramAsync(FakeTelegramServer telegram, int count, TimeSpan spacing)
    {
        for (var i = 0; i < count; i++)
        {
            var id = telegramIds[i % telegramIds.Count];
            var round = i / telegramIds.Count;
            var cadre = i % telegramIds.Count < cadres;
            var text = cadre
                ? CrashFeatureWorld.CadreTexts[round % CrashFeatureWorld.CadreTexts.Length]
                : CrashFeatureWorld.ResidentTexts[(round + i) % CrashFeatureWorld.ResidentTexts.Length];
            lock (_gate)
            {
                _updatesPerChat[id] = _updatesPerChat.GetValueOrDefault(id) + 1;
                if (text == "已阅")
                {
                    _acknowledgers.Add(cadre ? CrashFeatureWorld.CadreName(id) : $"tg{id}");
                }
            }

            Volatile.Write(ref _lastUpdate, telegram.AddUpdate(FakeUpdates.Text(FakeUpdates.User(id, "u" + id), id, text)));
            Interlocked.Increment(ref _updates);
            await Task.Delay(spacing);
        }
    }

    /// <summary>
    /// One text per WeCom user, one after the other with <paramref name="spacing"/> between; a callback without a 200
    /// is posted again after 100 ms to <paramref name="target"/>(user index, attempt), until one answers 200.
    /// </summary>
    public async Task SendWeComAsync(string corpId, Func<int, int, FakeWeComCallbacks> target, TimeSpan spacing)
    {
        for (var i = 0; i < wecomIds.Count; i++)
        {
            var text = CrashFeatureWorld.ResidentTexts[i % CrashFeatureWorld.ResidentTexts.Length];
            if (text == "已阅")
            {
                lock (_gate)
                {
                    _acknowledgers.Add("wc" + wecomIds[i]);
                }
            }

            var xml = FakeWeComCallbacks.TextXml(corpId, wecomIds[i], text, 9_000_000 + i, 1_772_000_000);
            for (var attempt = 0; !await PostedAsync(target(i, attempt), xml); attempt++)
            {
                Interlocked.Increment(ref _retries);
                await Task.Delay(100);
            }

            Interlocked.Increment(ref _callbacks);
            await Task.Delay(spacing);
        }
    }

    private static async Task<bool> PostedAsync(FakeWeComCallbacks callbacks, string xml)
    {
        try
        {
            using var response = await callbacks.PostAsync(xml);
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
}

/// <summary>The crash tests' end checks on the stored inbox and outbox against what the fakes received.</summary>
internal static class ExactlyOnce
{
    /// <summary>Each update and callback is in the inbox once, and handled.</summary>
    public static void AssertInbox(IReadOnlyList<(string Channel, string Key, bool Handled)> inbox, int telegramUpdates, int wecomCallbacks)
    {
        Assert.Equal(telegramUpdates, inbox.Count(r => r.Channel == ChannelNames.Telegram));
        Assert.Equal(wecomCallbacks, inbox.Count(r => r.Channel == ChannelNames.WeCom));
        Assert.All(inbox, r => Assert.True(r.Handled, $"{r.Key} not handled"));
    }

    /// <summary>Each Telegram update produced its reply once (the reply is keyed to the update; keys with '#' are extra parts).</summary>
    public static void AssertOneReplyPerUpdate(IReadOnlyList<OutboxRecord> outbox, IReadOnlyDictionary<long, int> updatesPerChat)
    {
        foreach (var (chat, count) in updatesPerChat)
        {
            Assert.Equal(count, outbox.Count(o => o.Channel == ChannelNames.Telegram && o.ChatId == chat.ToString(CultureInfo.InvariantCulture)
                && !o.DedupeKey.Contains('#', StringComparison.Ordinal)));
        }
    }

    /// <summary>
    /// Every outgoing message is sent and each Telegram one reached the fake at least as often as it was accepted;
    /// returns the copies beyond that (duplicates).
    /// </summary>
    public static int TelegramDuplicates(IReadOnlyList<OutboxRecord> outbox, IReadOnlyList<FakeSentMessage> sent)
    {
        Assert.All(outbox, o => Assert.Equal(OutboxStatus.Sent, o.Status));
        var duplicates = 0;
        foreach (var group in outbox.Where(o => o.Channel == ChannelNames.Telegram).GroupBy(o => (o.ChatId, o.Text)))
        {
            var delivered = sent.Count(m => m.ChatId.ToString(CultureInfo.InvariantCulture) == group.Key.ChatId && m.Text == group.Key.Text);
            Assert.True(delivered >= group.Count(), $"{group.Key.ChatId}: {group.Count()} accepted, {delivered} delivered");
            duplicates += delivered - group.Count();
        }

        return duplicates;
    }

    /// <summary>
    /// WeCom: the app sends with duplicate check on, so a resend after a kill is not delivered twice: each user got as
    /// many messages as the outbox holds for them. Returns the deliveries (one userid each).
    /// </summary>
    public static IReadOnlyList<string> AssertWeComOnce(IReadOnlyList<OutboxRecord> outbox, FakeWeComApi wecom)
    {
        var delivered = wecom.RequestsTo("message/send").SelectMany(r => r.Str("touser").Split('|')).ToList();
        foreach (var group in outbox.Where(o => o.Channel == ChannelNames.WeCom).GroupBy(o => o.ChatId))
        {
            Assert.Equal(group.Count(), delivered.Count(u => u == group.Key));
        }

        return delivered;
    }

    /// <summary>Pending Telegram messages the fake had already received more often than the store shows sent: the send was cut off.</summary>
    public static int InFlight(IReadOnlyList<OutboxRecord> outbox, IReadOnlyList<FakeSentMessage> sent)
    {
        var telegram = outbox.Where(o => o.Channel == ChannelNames.Telegram).ToList();
        return telegram.Where(o => o.Status == OutboxStatus.Pending).GroupBy(o => (o.ChatId, o.Text)).Sum(g =>
        {
            var received = sent.Count(m => m.ChatId.ToString(CultureInfo.InvariantCulture) == g.Key.ChatId && m.Text == g.Key.Text);
            var recorded = telegram.Count(o => o.Status == OutboxStatus.Sent && o.ChatId == g.Key.ChatId && o.Text == g.Key.Text);
            return Math.Min(g.Count(), Math.Max(0, received - recorded));
        });
    }

    /// <summary>Standard error (production log levels) names no credential and no resident's phone.</summary>
    public static void AssertNoSecrets(string logs, FakeTelegramServer telegram, FakeWeComApi wecom)
    {
        foreach (var secret in new[] { telegram.Token, telegram.Token.Split(':')[1], wecom.CorpSecret, BotProcessRig.AppToken, BotProcessRig.AppAesKey })
        {
            Assert.DoesNotContain(secret, logs, StringComparison.Ordinal);
        }

        Assert.DoesNotMatch(@"1391234\d{4}", logs);
    }
}
