using System.Collections.Concurrent;
using Bot.Core.Messaging;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Bench;

/// <summary>
/// 860 rostered shifts starting at the same moment (written with the Shifts store): Shifts' own trigger scheduler holds
/// one trigger for their shared due instant, and its job sends every shift's "upcoming" reminder through
/// <c>ShiftReminderService.RunDueNow</c>, under the platforms' real limits. The trigger fires at the instant's release
/// time: on Telegram (30/s overall) the crowd is released about 29 s early, so the last one still arrives by its due
/// time; on WeCom (limits per member) at the due time. Lateness is from the reminders' due time to the fake server
/// receiving each one (negative: early). The floor is the lateness the limits alone impose when the reminders are
/// released at the due time (Telegram: message k at k / 30 s at the earliest; WeCom: none).
/// </summary>
internal static class RemindersScenario
{
    public const int Shifts = 860;

    /// <summary>
    /// Seconds from writing the roster to the reminders' due time: the host starts and schedules them meanwhile, and
    /// there is room for the early release (about 29 s on Telegram) after the start.
    /// </summary>
    private const int StartupLead = 60;

    public static async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var results = new List<BenchResult>();
        foreach (var channel in new[] { ChannelNames.Telegram, ChannelNames.WeCom })
        {
            results.AddRange(await RunAsync(channel).ConfigureAwait(false));
        }

        return results;
    }

    private static async Task<IReadOnlyList<BenchResult>> RunAsync(string channel)
    {
        var district = new District();
        using var storage = BenchStorage.Create("reminders");
        storage.Seed(district.Seed);
        await using var telegram = await FakeTelegramServer.StartAsync(new FakeTelegramLimits()).ConfigureAwait(false);
        await using var wecom = await FakeWeComApi.StartAsync().ConfigureAwait(false);
        wecom.ApplyLimits(FakeWeComLimits.Real);
        var received = new ConcurrentBag<DateTimeOffset>();
        telegram.MessageSent += m => received.Add(m.At);
        var settings = storage.With(channel == ChannelNames.WeCom ? WeComBenchSettings.For(wecom) : new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = telegram.Token,
            ["Telegram:ApiBaseUrl"] = telegram.BaseUrl.ToString(),
        });

        // The roster is written before the host starts; Shifts' own scheduler turns it into Quartz triggers (one per due
        // instant) at start and its ShiftReminderJob sends every "upcoming" reminder (RemindBefore = 30 min before the start) at `due`.
        var due = TimeProvider.System.GetUtcNow().AddSeconds(StartupLead);
        var start = due.UtcDateTime + TimeSpan.FromMinutes(30);
        var cadres = district.Members.Select((m, i) => (Member: m, Index: i)).Where(x => x.Member.Role == Bot.Core.People.Role.Cadre).Take(Shifts);
        storage.Seed(stores => DistrictShifts.Seed(stores, cadres.Select(x => (x.Member, x.Index, start, start.AddHours(8)))));
        settings["Shifts:RemindBefore"] = "00:30:00";
        await using var host = await BenchHost.StartAsync(settings).ConfigureAwait(false);

        var deadline = due.AddSeconds(90);
        while (Count(channel, received, wecom) < Shifts && TimeProvider.System.GetUtcNow() < deadline)
        {
            await Task.Delay(50).ConfigureAwait(false);
        }

        var times = channel == ChannelNames.Telegram ? received.ToList() : WeComReminders(wecom).Values.ToList();
        var lateness = times.Select(t => (t - due).TotalMilliseconds).Order().ToList();
        var floor = Enumerable.Range(0, Shifts).Select(k => channel == ChannelNames.Telegram ? Math.Floor(k / 30.0) * 1000 : 0).ToList();
        var bot = new BenchResult { Scenario = BenchBackend.Label("reminders"), Subject = $"bot: {channel}" };
        bot.Figures["reminders"] = lateness.Count;
        bot.Figures["earliest ms"] = lateness.Count == 0 ? double.NaN : lateness[0];
        bot.Figures["p50 lateness ms"] = Stats.Percentile(lateness, 50);
        bot.Figures["p99 lateness ms"] = Stats.Percentile(lateness, 99);
        bot.Figures["max lateness ms"] = lateness.Count == 0 ? double.NaN : lateness[^1];
        bot.Figures["missing"] = Shifts - lateness.Count;
        var limit = new BenchResult { Scenario = BenchBackend.Label("reminders"), Subject = $"floor: {channel} limits alone, released at the due time" };
        limit.Figures["reminders"] = Shifts;
        limit.Figures["earliest ms"] = floor[0];
        limit.Figures["p50 lateness ms"] = Stats.Percentile(floor, 50);
        limit.Figures["p99 lateness ms"] = Stats.Percentile(floor, 99);
        limit.Figures["max lateness ms"] = floor[^1];
        return [bot, limit];
    }

    private static int Count(string channel, ConcurrentBag<DateTimeOffset> received, FakeWeComApi wecom) =>
        channel == ChannelNames.Telegram ? received.Count : WeComReminders(wecom).Count;

    /// <summary>
    /// When each cadre's reminder arrived on WeCom: a reminder there is two calls, its text and a card with the 签到
    /// button, so it counts once both parts are in (the later one's time), once per cadre.
    /// </summary>
    private static Dictionary<string, DateTimeOffset> WeComReminders(FakeWeComApi wecom) =>
        wecom.RequestsTo("message/send")
            .GroupBy(r => r.Str("touser"))
            .Where(g => g.Any(r => r.Str("msgtype") == "text") && g.Any(r => r.Str("msgtype") == "template_card"))
            .ToDictionary(g => g.Key, g => g.Max(r => r.At));
}
