using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Tests.Support;

namespace Bot.Tests.Demo;

/// <summary>The demo as a newcomer starts it: the real host as a child process, console channel, default settings.</summary>
public sealed class DemoStartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));

    private string DataFile => Path.Combine(_folder, "bot.db");

    private async Task<HostProcess> RunAsync(string script, params string[] more)
    {
        var host = HostProcess.Start([$"--Storage:LiteDbPath={DataFile}", "--Urls=http://127.0.0.1:0", .. more]);
        await host.RunScriptAsync(script);
        return host;
    }

    [Fact]
    public async Task DemoStart_HasShiftsAroundNow_AndLogsNoDroppedReminders()
    {
        using var host = await RunAsync("刘丰睿: 我的班次\n");

        Assert.Equal(0, host.ExitCode);
        Assert.DoesNotContain("Dropped reminder", host.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Demo shift", host.Error, StringComparison.Ordinal);
        Assert.Contains("消杀组", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetDemo_StartsAfresh_EachTime()
    {
        const string script = "张书记: 知情 演示\\n内容\n";
        using var first = await RunAsync(script, "--reset-demo");
        using var second = await RunAsync(script, "--reset-demo");

        Assert.Equal(0, second.ExitCode);
        Assert.Contains("预览 #1", first.Output, StringComparison.Ordinal);
        Assert.Contains("预览 #1", second.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResetDemo_OnAFileTheDemoDidNotCreate_IsRefused_AndLeavesItAlone()
    {
        Directory.CreateDirectory(_folder);
        using (var db = new BotDatabase(DataFile))
        {
            new CommunityStore(db).EnsureCommunity("兆丰路社区");
        }

        var before = await File.ReadAllBytesAsync(DataFile);

        using var host = await RunAsync("", "--reset-demo");

        Assert.Equal(2, host.ExitCode);
        Assert.Contains($"--reset-demo: '{DataFile}' was not created by the demo, so it was left untouched", host.Error, StringComparison.Ordinal);
        Assert.Equal(before, await File.ReadAllBytesAsync(DataFile));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
