using System.Diagnostics;
using Bot.Tests.Support.FakeTelegram;

namespace Bot.Bench;

/// <summary>
/// Time from process start to ready (health endpoint answers and the first getUpdates poll reached the fake Bot API)
/// and peak memory: the bot over 30 days of district history, the bot over an empty file, and the echo floor. LiteDB
/// only: the history is written into the data file's collections directly (<see cref="History"/>).
/// </summary>
internal static class StartupScenario
{
    public static async Task<IReadOnlyList<BenchResult>> RunAsync()
    {
        var district = new District();
        using var full = BenchStorage.Create("startup-30d");
        full.Seed(district.Seed);
        var sw = Stopwatch.StartNew();
        History.Write(full.DataFile!, district, new DateTime(2020, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        Console.Error.WriteLine($"startup: 30 days of history written in {sw.Elapsed.TotalSeconds:0.0} s");
        using var empty = BenchStorage.Create("startup-empty");

        var results = new List<BenchResult>
        {
            await MeasureAsync("bot: 30 days of history", full, f => ChildHost.StartBot(InboundScenario.BotSettings(f, full))).ConfigureAwait(false),
            await MeasureAsync("bot: empty data file", empty, f => ChildHost.StartBot(InboundScenario.BotSettings(f, empty))).ConfigureAwait(false),
            await MeasureAsync("floor: echo loop", null, f => ChildHost.StartSelf("echo-floor", f.BaseUrl.ToString(), f.Token)).ConfigureAwait(false),
        };
        return results;
    }

    private static async Task<BenchResult> MeasureAsync(string subject, BenchStorage? storage, Func<FakeTelegramServer, ChildHost> start)
    {
        var result = new BenchResult { Scenario = BenchBackend.Label("startup"), Subject = subject };
        if (storage is not null)
        {
            result.Figures[storage.SizeKey] = storage.SizeMb();
        }

        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Off).ConfigureAwait(false);
        using var http = new HttpClient();
        var sw = Stopwatch.StartNew();
        using var child = start(fake);
        if (storage is not null && !await child.WaitHealthyAsync(http, TimeSpan.FromSeconds(60)).ConfigureAwait(false))
        {
            result.Notes[subject] = "did not become healthy within 60 s";
        }

        var healthy = sw.Elapsed;
        while (fake.Polls == 0 && sw.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(2).ConfigureAwait(false);
        }

        result.Figures["ready s"] = sw.Elapsed.TotalSeconds;
        if (storage is not null)
        {
            result.Figures["healthy s"] = healthy.TotalSeconds;
        }

        // Memory once it has settled into its loops.
        await Task.Delay(1000).ConfigureAwait(false);
        child.SampleMemory();
        result.Figures["peak working set MB"] = BenchFiles.Mb(child.PeakWorkingSet);
        return result;
    }
}
