using System.Net;
using Bot.Tests.Resilience;
using Bot.Tests.Support;
using Bot.Tests.Support.Postgres;

namespace Bot.Tests.Hosting;

/// <summary>
/// With <c>Storage:Provider=Postgres</c> nothing opens the LiteDB data file: the start and the CLI verbs neither check
/// nor lock it, nor make its folder, so two hosts on one machine run from one directory with the same settings.
/// </summary>
public sealed class PostgresDataFileTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));
    private ThrowawayDatabase _database = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _database = await PostgresServer.CreateDatabaseAsync();
    }

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    // Run in the test's folder, so the default Storage:LiteDbPath (data/bot.db) is under it.
    private HostProcess Start(params string[] args) => HostProcess.StartIn(_folder, new Dictionary<string, string>(),
    [
        .. args,
        "--Storage:Provider=Postgres",
        $"--Storage:ConnectionString={_database.ConnectionString}",
        "--Console:Enabled=false",
    ]);

    private static async Task<bool> HealthyAsync(HttpClient http, HostProcess host)
    {
        Assert.False(host.HasExited, host.Error + host.Output);
        try
        {
            using var response = await http.GetAsync(new Uri("health", UriKind.Relative));
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    [Fact]
    public async Task TwoHosts_WithTheSameDataFilePath_BothStart_AndNeitherMakesADataFileOrLock()
    {
        var ports = new[] { BotChild.FreePort(), BotChild.FreePort() };
        using var a = Start($"--Urls=http://127.0.0.1:{ports[0]}");
        using var b = Start($"--Urls=http://127.0.0.1:{ports[1]}");
        using var httpA = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports[0]}/"), Timeout = TimeSpan.FromSeconds(10) };
        using var httpB = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{ports[1]}/"), Timeout = TimeSpan.FromSeconds(10) };

        await BotTestHost.WaitUntilAsync(() => HealthyAsync(httpA, a).GetAwaiter().GetResult(), TimeSpan.FromSeconds(60), "host a healthy");
        await BotTestHost.WaitUntilAsync(() => HealthyAsync(httpB, b).GetAwaiter().GetResult(), TimeSpan.FromSeconds(60), "host b healthy");

        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public async Task ACliVerb_OnPostgres_MakesNoDataFileOrLock()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "people.csv"),
            "community,name,role,phone,party_member,telegram,wecom\n静园社区,刘丰睿,cadre,13800002222,是,@liufr,\n");

        using var import = Start("import", "people", "people.csv", "--create-communities");

        Assert.Equal(0, await import.WaitForExitAsync(TimeSpan.FromSeconds(60)));
        Assert.Contains("1 added", import.Output, StringComparison.Ordinal);
        Assert.Equal(["people.csv"], Directory.GetFileSystemEntries(_folder).Select(Path.GetFileName));
    }
}
