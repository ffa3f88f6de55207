using System.Diagnostics;
using Bot.Core.Messaging;
using Bot.Core.Notices;
using Bot.Core.Storage;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Bench;

/// <summary>
/// One notice to 64 groups and 3,224 cadres, published by the Notices feature, on Telegram and then on WeCom (a host
/// with that one channel running, so every cadre's private copy goes there), the fakes enforcing the platforms' real
/// limits. The floor is the theoretical minimum those limits allow.
/// </summary>
internal static class BroadcastScenario
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync() =>
        [await RunTelegramAsync().ConfigureAwait(false), await RunWeComAsync().ConfigureAwait(false)];

    private static async Task<BenchResult> RunTelegramAsync()
    {
        var district = new District();
        using var storage = BenchStorage.Create("broadcast");
        storage.Seed(district.Seed);
        await using var telegram = await FakeTelegramServer.StartAsync(new FakeTelegramLimits()).ConfigureAwait(false);
        long count = 0;
        long last = 0;
        telegram.MessageSent += _ =>
        {
            Interlocked.Increment(ref count);
            Interlocked.Exchange(ref last, Stopwatch.GetTimestamp());
        };
        var settings = storage.With(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl.ToString(),
        });
        await using var host = await BenchHost.StartAsync(settings).ConfigureAwait(false);
        var start = Stopwatch.GetTimestamp();
        var (_, expected) = Publish(host);
        var enqueued = Stopwatch.GetElapsedTime(start);
        var deadline = Stopwatch.StartNew();
        while (Interlocked.Read(ref count) < expected && deadline.Elapsed < TimeSpan.FromSeconds(200))
        {
            await Task.Delay(20).ConfigureAwait(false);
        }

        var done = Stopwatch.GetElapsedTime(start, Interlocked.Read(ref last));
        var perChat = telegram.Sent.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.Count());
        // Rolling 1-s window of 30: message k (from 0) can leave at floor(k / 30) s at the earliest.
        var minimum = Math.Floor((expected - 1) / 30.0);
        var result = new BenchResult { Scenario = BenchBackend.Label("broadcast"), Subject = "bot: Telegram" };
        result.Figures["messages"] = expected;
        result.Figures["completion s"] = done.TotalSeconds;
        result.Figures["theoretical min s"] = minimum;
        result.Figures["ratio"] = done.TotalSeconds / minimum;
        result.Figures["429s"] = telegram.Exchanges.Count(e => e.Status == 429);
        result.Figures["early retries"] = telegram.EarlyRetries.Count;
        result.Figures["duplicates"] = perChat.Values.Sum(c => c - 1);
        result.Figures["missing"] = expected - perChat.Count;
        result.Notes["publish"] = $"NoticeBroadcastService enqueued {expected} messages in {enqueued.TotalMilliseconds:0} ms (one transaction)";
        result.Notes["Telegram limits"] = "30 msg/s overall, 1/s per private chat, 20/min per group (fake enforces them with 429 + retry_after)";
        return result;
    }

    private static async Task<BenchResult> RunWeComAsync()
    {
        var district = new District();
        using var storage = BenchStorage.Create("broadcast");
        storage.Seed(district.Seed);
        await using var wecom = await FakeWeComApi.StartAsync().ConfigureAwait(false);
        wecom.ApplyLimits(FakeWeComLimits.Real);
        WeComBenchSettings.AddGroups(wecom, district);
        var settings = storage.With(WeComBenchSettings.For(wecom));
        await using var host = await BenchHost.StartAsync(settings).ConfigureAwait(false);
        var start = Stopwatch.GetTimestamp();
        var (_, expected) = Publish(host);
        var enqueued = Stopwatch.GetElapsedTime(start);
        var done = TimeSpan.Zero;
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(200))
        {
            if (Recipients(wecom).Count >= expected)
            {
                done = Stopwatch.GetElapsedTime(start);
                break;
            }

            await Task.Delay(20).ConfigureAwait(false);
        }

        var recipients = Recipients(wecom);
        var result = new BenchResult { Scenario = BenchBackend.Label("broadcast"), Subject = "bot: WeCom" };
        result.Figures["messages"] = expected;
        result.Figures["completion s"] = done.TotalSeconds;
        result.Figures["theoretical min s"] = 0;
        result.Figures["API calls"] = wecom.RequestsTo("message/send").Count + wecom.RequestsTo("appchat/send").Count;
        result.Figures["45009s"] = wecom.Throttled;
        result.Figures["duplicates"] = recipients.Values.Sum(c => c - 1);
        result.Figures["missing"] = expected - recipients.Count;
        result.Figures["dropped by member limit"] = wecom.Dropped.Count;
        result.Notes["publish"] = $"NoticeBroadcastService enqueued {expected} messages in {enqueued.TotalMilliseconds:0} ms (one transaction)";
        result.Notes["WeCom limits"] = "30/min and 1,000/h per member (excess dropped), 45009 on call frequency: none binds one notice, so the minimum is a handful of calls (≤ 1,000 userids per message/send)";
        return result;
    }

    private static (int NoticeId, int Messages) Publish(BenchHost host) =>
        BroadcastWorkload.Publish(host.Get<IUnitOfWork>(), host.Get<INoticeStore>(), host.Get<NoticeBroadcastService>(), TimeProvider.System.GetUtcNow());

    /// <summary>
    /// Deliveries of the notice per recipient (userid or app group chat id): text messages naming it, and the template
    /// cards a cadre's copy goes as (it carries the 已阅 button), whose title or sub-title names it. A card after a
    /// lead text would count twice, and show as duplicates.
    /// </summary>
    private static Dictionary<string, int> Recipients(FakeWeComApi wecom)
    {
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in wecom.Requests.Where(r => r.Content.Contains(BroadcastWorkload.Title, StringComparison.Ordinal)
            || (r.Str("msgtype") == "template_card" && r.Str("template_card").Contains(BroadcastWorkload.Title, StringComparison.Ordinal))))
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
