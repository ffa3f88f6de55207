using System.Diagnostics;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;

namespace Bot.Tests.Telegram;

/// <summary>The real bot process (dotnet Bot.Host.dll) killed with SIGKILL mid-batch, then restarted over the same data file.</summary>
public sealed class TelegramProcessKillTests
{
    [Fact]
    public async Task ProcessKilledWhileSending_AfterRestart_EveryUpdateIsHandledAndAnsweredOnce()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        var dataFile = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"), "bot.db");
        // The reply to the first chat hangs in flight, so the kill lands after handling and before that send completed.
        fake.InjectFault(new FakeFault("sendMessage", FakeFaultKind.Delay, ChatId: 1001, Delay: TimeSpan.FromMinutes(5)));
        var first = fake.AddUpdate(FakeUpdates.Text(FakeUpdates.User(1001, "李姨"), 1001, "帮助"));
        fake.AddUpdate(FakeUpdates.Text(FakeUpdates.User(1002, "郭洋"), 1002, "帮助"));
        var last = fake.AddUpdate(FakeUpdates.Text(FakeUpdates.User(1003, "张书记"), 1003, "帮助"));

        var port = Resilience.BotProcessRig.FreePort();
        using (var child = StartBotProcess(fake, dataFile, port))
        {
            try
            {
                await BotTestHost.WaitUntilAsync(() => fake.SentTo(1003).Count == 1 && fake.SentTo(1002).Count == 1,
                    what: "child handled the batch");
                // The kill must land while only the first reply is in flight: the other two are recorded as sent (the
                // fake seeing a message comes a moment before the bot's mark; a kill in between would send it again,
                // the in-flight duplicate the resilience suite counts).
                await WaitForOutboxPendingAsync(port, 1);
                Assert.Empty(fake.SentTo(1001));
            }
            finally
            {
                child.Kill(entireProcessTree: true);
                await child.WaitForExitAsync();
            }
        }

        // The kill may also have lost the batch's confirmation: Telegram delivers all of it again.
        fake.ForgetConfirmationsFrom(first);
        await using var again = await TelegramBotRun.StartAsync(fake, dataFile: dataFile);
        await again.SentToAsync(1001);
        await again.QuietAsync(last);

        Assert.Single(fake.SentTo(1001));
        Assert.Single(fake.SentTo(1002));
        Assert.Single(fake.SentTo(1003));
        Assert.Equal(3, again.Inbox.Count);
    }

    private static async Task WaitForOutboxPendingAsync(int port, int pending)
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
        var seen = -1;
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!cts.IsCancellationRequested)
        {
            try
            {
                using var doc = System.Text.Json.JsonDocument.Parse(await http.GetStringAsync("health", cts.Token));
                seen = doc.RootElement.GetProperty("outboxPending").GetInt32();
                if (seen == pending)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20, CancellationToken.None);
        }

        throw new TimeoutException($"outbox pending stayed {seen}, waited for {pending}");
    }

    private static Process StartBotProcess(FakeTelegramServer fake, string dataFile, int port)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(HostDll());
        var settings = TelegramBotRun.Settings(fake);
        settings["Storage:LiteDbPath"] = dataFile;
        settings["Urls"] = $"http://127.0.0.1:{port}";
        settings["Console:Enabled"] = "false";
        settings["Demo:Seed"] = "false";
        foreach (var (key, value) in settings)
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        // Drain the pipes so the child never blocks on a full buffer.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Bot.Host.dll built beside this test assembly's configuration (Bot.Host/bin/{Debug|Release}/net10.0).</summary>
    private static string HostDll()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "bot.sln")))
        {
            dir = dir.Parent;
        }

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
            ? "Release" : "Debug";
        var path = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("bot.sln not found"), "Bot.Host", "bin", configuration,
            "net10.0", "Bot.Host.dll");
        Assert.True(File.Exists(path), $"build Bot.Host first: {path} is missing");
        return path;
    }
}
