using System.Text.RegularExpressions;
using Bot.Host.Channels.Console;
using Bot.Host.Hosting;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Demo;

/// <summary>
/// The README's quick-start script, read from README.md, through the real host with the console channel and the demo,
/// at 03:00 Shanghai time, twice over the same data file with --reset-demo between.
/// </summary>
public sealed partial class QuickStartTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));

    private string DataFile => Path.Combine(_folder, "data", "bot.db");

    /// <summary>The lines the README pipes into the bot: the quoted arguments of its <c>printf '%s\n' …</c>.</summary>
    internal static IReadOnlyList<string> ReadmeScript()
    {
        var readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));
        var start = readme.IndexOf("printf '%s\\n'", StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no quick-start script (printf '%s\\n' … | dotnet run)");
        var end = readme.IndexOf("| dotnet run --project Bot.Host", start, StringComparison.Ordinal);
        var quoted = Quoted().Matches(readme[start..end]).Select(m => m.Groups[1].Value).Skip(1).ToList();
        Assert.NotEmpty(quoted);
        return quoted;
    }

    internal static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "bot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("bot.sln not found above " + AppContext.BaseDirectory);
    }

    [Fact]
    public async Task ReadmeScript_At0300Shanghai_WorksTwiceInARow()
    {
        var script = string.Join('\n', ReadmeScript()) + "\n";
        var at0300 = new DateTimeOffset(2026, 12, 5, 3, 0, 0, TimeSpan.FromHours(8));

        var first = await RunDemoAsync(script, at0300);
        Assert.Null(DemoReset.Run(DataFile, demoOn: true));
        var second = await RunDemoAsync(script, at0300.AddMinutes(7));

        foreach (var output in new[] { first, second })
        {
            // At 03:00 the demo's shifts start at 03:30 or so: the sign-in is open and on time.
            Assert.Contains("[@刘丰睿]\n✅ 已签到：消杀组（03:", output, StringComparison.Ordinal);
            Assert.DoesNotContain("迟到", output, StringComparison.Ordinal);
            Assert.Contains("🛒 新代购 #1 · 药品 · 3号楼 · 布洛芬1盒", output, StringComparison.Ordinal);
            Assert.Contains("[@郭洋]\n您已接单", output, StringComparison.Ordinal);
            Assert.Contains("【党员知情 #1】第3期党员知情", output, StringComparison.Ordinal);
        }
    }

    private async Task<string> RunDemoAsync(string script, DateTimeOffset now)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["Console:Enabled"] = "true",
            ["Demo:Seed"] = "true",
            ["Bot:TimeZone"] = "Asia/Shanghai",
        }, DataFile, services =>
        {
            services.AddSingleton<TimeProvider>(new ShiftedTimeProvider(now));
            services.AddSingleton(new ConsoleIo(new StringReader(script), output, error, paced: false));
        });
        var stopping = host.Get<IHostApplicationLifetime>().ApplicationStopping;
        await BotTestHost.WaitUntilAsync(() => stopping.IsCancellationRequested, TimeSpan.FromSeconds(60), "the console drained and stopped the host");
        lock (output)
        {
            return output.ToString();
        }
    }

    [GeneratedRegex("'([^']*)'")]
    private static partial Regex Quoted();

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
