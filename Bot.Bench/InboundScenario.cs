using System.Globalization;
using Bot.Tests.Support.FakeTelegram;

namespace Bot.Bench;

/// <summary>
/// 20,000 updates from the district through the real Telegram polling loop of the real host (a child process) against
/// the fake Bot API with limits off; then the same load on the echo floor over the same transport.
/// </summary>
internal static class InboundScenario
{
    /// <summary>Updates sent (and not measured) before the measured ones, on the bot and on the floor alike.</summary>
    public const int DefaultWarmup = 5000;

    public static async Task<IReadOnlyList<BenchResult>> RunAsync(int count, int warmupCount)
    {
        var district = new District();
        var purchases = new Dictionary<string, int>(StringComparer.Ordinal);
        var warmup = InboundWorkload.Build(district.Members, warmupCount, seed: 1, purchases);
        var work = InboundWorkload.Build(district.Members, count, seed: 2, purchases);

        using var storage = BenchStorage.Create("inbound");
        storage.Seed(stores =>
        {
            district.Seed(stores);
            district.SeedFeatures(stores, TimeProvider.System.GetUtcNow());
        });
        var seeded = storage.SizeMb();
        var bot = await MeasureAsync("bot", warmup, work, fake => ChildHost.StartBot(BotSettings(fake, storage)), storage).ConfigureAwait(false);
        bot.Figures[storage.SizeKey + " (before)"] = seeded;
        storage.Dispose();

        var floor = await MeasureAsync("floor: echo loop", warmup, work,
            fake => ChildHost.StartSelf("echo-floor", fake.BaseUrl.ToString(), fake.Token), null).ConfigureAwait(false);

        var ratio = new BenchResult { Scenario = BenchBackend.Label("inbound"), Subject = "bot / floor" };
        foreach (var key in new[] { "updates/s", "p50 ms", "p95 ms", "p99 ms", "CPU ms/update", "peak working set MB" })
        {
            ratio.Figures[key] = bot.Figures[key] / floor.Figures[key];
        }

        return [bot, floor, ratio];
    }

    public static Dictionary<string, string?> BotSettings(FakeTelegramServer fake, BenchStorage storage) => storage.With(new Dictionary<string, string?>
    {
        ["Telegram:BotToken"] = fake.Token,
        ["Telegram:ApiBaseUrl"] = fake.BaseUrl.ToString(),
        ["Telegram:MessagesPerSecond"] = "1000000",
        ["Telegram:PrivateChatPerSecond"] = "1000000",
        ["Telegram:GroupChatPerMinute"] = "1000000",
        ["Shifts:RemindBefore"] = "00:05:00",
    });

    private static async Task<BenchResult> MeasureAsync(string subject, IReadOnlyList<(Member, string)> warmup,
        IReadOnlyList<(Member, string)> work, Func<FakeTelegramServer, ChildHost> start, BenchStorage? storage)
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Off).ConfigureAwait(false);
        var driver = new InboundDriver(fake);
        driver.Attach();
        using var child = start(fake);
        var startedAt = TimeProvider.System.GetUtcNow();
        while (fake.Polls == 0)
        {
            if (child.HasExited || TimeProvider.System.GetUtcNow() - startedAt > TimeSpan.FromSeconds(60))
            {
                throw new InvalidOperationException($"{subject}: the process {(child.HasExited ? "ended" : "did not poll within 60 s")} before its first getUpdates");
            }

            await Task.Delay(10).ConfigureAwait(false);
        }

        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                if (child.HasExited)
                {
                    // Without this the driver would wait out every remaining reply's timeout.
                    await Console.Error.WriteLineAsync($"{subject}: the process ended during the run: {child.ExitReport()}").ConfigureAwait(false);
                    Environment.Exit(3);
                }

                child.SampleMemory();
                await Task.Delay(100, CancellationToken.None).ConfigureAwait(false);
            }
        });
        var warm = await driver.RunAsync(warmup).ConfigureAwait(false);
        Console.Error.WriteLine($"{subject}: warm-up {warm.PerSecond:0}/s, {warm.Missing} unanswered");
        using var self = System.Diagnostics.Process.GetCurrentProcess();
        var childCpu = child.CpuTime;
        var benchCpu = self.TotalProcessorTime;
        var serverCpu = storage?.ServerCpu();
        var run = await driver.RunAsync(work).ConfigureAwait(false);
        childCpu = child.CpuTime - childCpu;
        serverCpu = storage?.ServerCpu() - serverCpu;
        self.Refresh();
        benchCpu = self.TotalProcessorTime - benchCpu;
        await sampling.CancelAsync().ConfigureAwait(false);
        await sampler.ConfigureAwait(false);
        var result = new BenchResult { Scenario = BenchBackend.Label("inbound"), Subject = subject };
        result.Figures["updates"] = run.Count;
        result.Figures["updates/s"] = run.PerSecond;
        result.Figures["p50 ms"] = Stats.Percentile(run.SortedLatencies, 50);
        result.Figures["p95 ms"] = Stats.Percentile(run.SortedLatencies, 95);
        result.Figures["p99 ms"] = Stats.Percentile(run.SortedLatencies, 99);
        result.Figures["unanswered"] = run.Missing;
        // Where the machine's CPU went during the measured run: the subject's process, and this one (the fake Bot API
        // and the 64 senders), per update. On 2 cores the two compete; the figures say which one a gain must come from.
        result.Figures["CPU ms/update"] = childCpu.TotalMilliseconds / run.Count;
        result.Figures["bench CPU ms/update"] = benchCpu.TotalMilliseconds / run.Count;
        if (serverCpu is { } server)
        {
            // PostgreSQL's backends for the bot's connections run on the same 2 cores.
            result.Figures["database server CPU ms/update"] = server.TotalMilliseconds / run.Count;
        }

        result.Figures["peak working set MB"] = BenchFiles.Mb(child.PeakWorkingSet);
        if (storage is not null)
        {
            child.Dispose();
            result.Figures[storage.SizeKey] = storage.SizeMb();
        }

        result.Notes["handover notes"] = driver.HandoverNotes.ToString(CultureInfo.InvariantCulture) + " notes to the next cadre (not replies, not counted)";
        result.Notes["concurrency"] = driver.Concurrency.ToString(CultureInfo.InvariantCulture) + " senders in a closed loop";
        return result;
    }
}
