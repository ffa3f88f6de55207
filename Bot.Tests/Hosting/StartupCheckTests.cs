using System.Net;
using System.Net.Sockets;
using Bot.Tests.Resilience;
using Bot.Tests.Support;

namespace Bot.Tests.Hosting;

/// <summary>
/// What the real host (a child process) does with settings, data files and ports that cannot work: one line naming
/// the key and the fix, exit code 2, no stack trace, nothing handled, nothing written.
/// </summary>
public sealed class StartupCheckTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));

    public StartupCheckTests() => Directory.CreateDirectory(_folder);

    private string DataFile => Path.Combine(_folder, "data", "bot.db");

    private static async Task<HostProcess> RefusedAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var host = HostProcess.StartWith(environment, args);
        Assert.Equal(2, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.DoesNotContain("   at ", host.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", host.Error, StringComparison.Ordinal);
        Assert.Equal("", host.Output);
        return host;
    }

    [Fact]
    public async Task ForeignDataFile_IsRefusedByName_AndLeftByteForByte()
    {
        var foreign = Path.Combine(_folder, "report.xlsx");
        var bytes = new byte[81_435];
        new Random(14).NextBytes(bytes);
        await File.WriteAllBytesAsync(foreign, bytes);

        using var host = await RefusedAsync(new Dictionary<string, string>(), $"--Storage:LiteDbPath={foreign}", "--Urls=http://127.0.0.1:0");

        Assert.Contains($"Storage:LiteDbPath: '{foreign}' is not a duty-bot data file", host.Error, StringComparison.Ordinal);
        Assert.Equal(bytes, await File.ReadAllBytesAsync(foreign));
        Assert.Equal([foreign], Directory.GetFiles(_folder));
    }

    [Fact]
    public async Task DataPathUnderARegularFile_IsOneLine()
    {
        var file = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(file, "not a folder");

        using var host = await RefusedAsync(new Dictionary<string, string>(), $"--Storage:LiteDbPath={file}/data/bot.db", "--Urls=http://127.0.0.1:0");

        Assert.Contains($"'{file}' is a file, not a folder", host.Error, StringComparison.Ordinal);
        Assert.Equal("not a folder", await File.ReadAllTextAsync(file));
    }

    [Fact]
    public async Task DataFolderThatCannotBeCreated_IsOneLine()
    {
        // Nobody, root included, can make a folder in /proc: the portable stand-in for a folder this user may not write.
        const string path = "/proc/self/duty-bot-data/bot.db";

        using var host = await RefusedAsync(new Dictionary<string, string>(), $"--Storage:LiteDbPath={path}", "--Urls=http://127.0.0.1:0");

        Assert.Contains($"Storage:LiteDbPath: cannot create the folder of '{path}'", host.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UrlThatIsNoAddress_NamesUrls()
    {
        using var host = await RefusedAsync(new Dictionary<string, string>(), $"--Storage:LiteDbPath={DataFile}", "--Urls=notaurl");

        Assert.Contains("Urls: 'notaurl' is not an address", host.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(DataFile)));
    }

    [Fact]
    public async Task ConsoleEnabledMaybe_FromTheEnvironment_NamesTheKey()
    {
        using var host = await RefusedAsync(new Dictionary<string, string> { ["Console__Enabled"] = "maybe" },
            $"--Storage:LiteDbPath={DataFile}", "--Urls=http://127.0.0.1:0");

        Assert.Contains("Console:Enabled: 'maybe' is not true or false", host.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(DataFile)));
    }

    [Fact]
    public async Task BusyPort_IsOneLine_AndNothingIsWritten()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        using var host = await RefusedAsync(new Dictionary<string, string>(), $"--Storage:LiteDbPath={DataFile}", $"--Urls=http://127.0.0.1:{port}");

        Assert.Contains($"Urls: port {port} of 'http://127.0.0.1:{port}' is already in use", host.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(DataFile)));
    }

    [Fact]
    public async Task MistypedVerb_ExitsWithTheVerbList_WithoutReadingStandardInput()
    {
        using var host = HostProcess.Start("exprot", "attendance", "--out", "a.xlsx", $"--Storage:LiteDbPath={DataFile}");

        Assert.Equal(2, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("unknown command or option 'exprot'", host.Error, StringComparison.Ordinal);
        Assert.Contains("export attendance", host.Error, StringComparison.Ordinal);
        Assert.Contains("import people", host.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.GetDirectoryName(DataFile)));
    }

    [Fact]
    public async Task UnknownNoun_ExitsTwo()
    {
        using var host = HostProcess.Start("export", "attendence", $"--Storage:LiteDbPath={DataFile}");

        Assert.Equal(2, await host.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("unknown command 'export attendence'", host.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondInstance_OnTheSameDataFile_IsRefusedPlainly_BeforeHandlingAnything()
    {
        await using var rig = await BotProcessRig.StartFakesAsync();
        await rig.StartAsync();

        // Same data file; once on a port of its own and once on the running bot's port: the data file is named both times.
        var settings = rig.Settings.Where(kv => kv.Key != "Urls").Select(kv => $"--{kv.Key}={kv.Value}").ToList();
        using var otherPort = await RefusedAsync(new Dictionary<string, string>(), [.. settings, $"--Urls=http://127.0.0.1:{BotProcessRig.FreePort()}"]);
        using var samePort = await RefusedAsync(new Dictionary<string, string>(), [.. settings, $"--Urls=http://127.0.0.1:{rig.Port}"]);

        foreach (var second in new[] { otherPort, samePort })
        {
            Assert.Contains($"another duty-bot is already running on '{rig.DataFile}'", second.Error, StringComparison.Ordinal);
            Assert.Single(second.Error.Trim().Split('\n').Skip(1));
        }

        Assert.True(rig.IsRunning);
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
