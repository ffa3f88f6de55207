using System.Diagnostics;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Bench;

/// <summary>
/// One notice to 64 groups and 3,224 cadres on Telegram and on WeCom at once, the fakes enforcing the platforms' real
/// limits. The floor is the theoretical minimum those limits allow.
/// </summary>
internal static class BroadcastScenario
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var district = new District();
        var dataFile = BenchFiles.NewDataFile("broadcast");
        district.Seed(dataFile);
        await using var telegram = await FakeTelegramServer.StartAsync(new FakeTelegramLimits()).ConfigureAwait(false);
        await using var wecom = await FakeWeComApi.StartAsync().ConfigureAwait(false);
        wecom.ApplyLimits(FakeWeComLimits.Real);
        WeComBenchSettings.AddGroups(wecom, district);
        var settings = WeComBenchSettings.For(wecom);
        settings["Storage:LiteDbPath"] = dataFile;
        settings["Telegram:BotToken"] = telegram.Token;
        settings["Telegram:ApiBaseUrl"] = telegram.BaseUrl.ToString();

        long telegramCount = 0;
        long telegramLast = 0;
        telegram.MessageSent += _ =>
        {
            Interlocked.Increment(ref telegramCount);
            Interlocked.Exchange(ref telegramLast, Stopwatch.GetTimestamp());
        };
        await using var host = await BenchHost.StartAsync(settings).ConfigureAwait(false);
        var db = host.Get<BotDatabase>();
        var outbox = host.Get<IOutbox>();

        var start = Stopwatch.GetTimestamp();
        var expectedTelegram = BroadcastWorkload.Enqueue(db, outbox, district, ChannelNames.Telegram, "n1");
        var expectedWeCom = BroadcastWorkload.Enqueue(db, outbox, district, ChannelNames.WeCom, "n1");
        var enqueued = Stopwatch.GetElapsedTime(start);

        var wecomDone = TimeSpan.Zero;
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(200))
        {
            if (wecomDone == TimeSpan.Zero && WeComRecipients(wecom).Count >= expectedWeCom)
            {
                wecomDone = Stopwatch.GetElapsedTime(start);
            }

            if (Interlocked.Read(ref telegramCount) >= expectedTelegram && wecomDone != TimeSpan.Zero)
            {
                break;
            }

            await Task.Delay(20).ConfigureAwait(false);
        }

        var telegramDone = Stopwatch.GetElapsedTime(start, Interlocked.Read(ref telegramLast));
        var sent = telegram.Sent;
        var tgResult = new BenchResult { Scenario = "broadcast", Subject = "bot: Telegram" };
        var perChat = sent.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count());
        // Rolling 1-s window of 30: message k (from 0) can leave at floor(k / 30) s at the earliest.
        var minimum = Math.Floor((expectedTelegram - 1) / 30.0);
        tgResult.Figures["messages"] = expectedTelegram;
        tgResult.Figures["completion s"] = telegramDone.TotalSeconds;
        tgResult.Figures["theoretical min s"] = minimum;
        tgResult.Figures["ratio"] = telegramDone.TotalSeconds / minimum;
        tgResult.Figures["429s"] = telegram.Exchanges.Count(e => e.Status == 429);
        tgResult.Figures["early retries"] = telegram.EarlyRetries.Count;
        tgResult.Figures["duplicates"] = perChat.Values.Sum(c => c - 1);
        tgResult.Figures["missing"] = expectedTelegram - perChat.Count;
        tgResult.Notes["enqueue"] = $"{expectedTelegram + expectedWeCom} outbox messages enqueued in {enqueued.TotalMilliseconds:0} ms (one transaction per channel)";
        tgResult.Notes["Telegram limits"] = "30 msg/s overall, 1/s per private chat, 20/min per group (fake enforces them with 429 + retry_after)";

        var wcResult = new BenchResult { Scenario = "broadcast", Subject = "bot: WeCom" };
        var recipients = WeComRecipients(wecom);
        wcResult.Figures["messages"] = expectedWeCom;
        wcResult.Figures["completion s"] = wecomDone.TotalSeconds;
        wcResult.Figures["theoretical min s"] = 0;
        wcResult.Figures["API calls"] = wecom.RequestsTo("message/send").Count + wecom.RequestsTo("appchat/send").Count;
        wcResult.Figures["45009s"] = wecom.Throttled;
        wcResult.Figures["duplicates"] = recipients.Values.Sum(c => c - 1);
        wcResult.Figures["missing"] = expectedWeCom - recipients.Count;
        wcResult.Figures["dropped by member limit"] = wecom.Dropped.Count;
        wcResult.Notes["WeCom limits"] = "30/min and 1,000/h per member (excess dropped), 45009 on call frequency: none binds one notice, so the minimum is a handful of calls (≤ 1,000 userids per message/send)";
        BenchFiles.Delete(dataFile);
        return [tgResult, wcResult];
    }

    /// <summary>Deliveries of the notice per recipient (userid or app group chat id).</summary>
    private static Dictionary<string, int> WeComRecipients(FakeWeComApi wecom)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in wecom.Requests.Where(r => r.Content.Contains("防疫工作部署会", StringComparison.Ordinal)))
        {
            var ids = r.Path == "appchat/send" ? [r.Str("chatid")] : r.Str("touser").Split('|');
            foreach (var id in ids)
            {
                result[id] = result.GetValueOrDefault(id) + 1;
            }
        }

        return result;
    }
}
