using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Core.Shifts;
using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;
using Bot.Host.Hosting;
using Bot.Tests.Resilience;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Support.FakeWeCom;
using Bot.Tests.Support.Postgres;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Cluster;

/// <summary>
/// Two bot child processes (dotnet Bot.Host.dll), "host-a" and "host-b", on one throwaway PostgreSQL database, each on
/// a port of its own, both pointed at the same loopback fake Telegram and fake WeCom. Leadership and Quartz's
/// cluster check-in are short, so a SIGKILLed host's duties move within seconds. <see cref="Services"/> is a third,
/// never started, bot container on the same database: the test seeds and reads through the store interfaces the hosts
/// use.
/// </summary>
internal sealed class ClusterProcessRig : IAsyncDisposable
{
    private readonly WebApplication _reader;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));

    private ClusterProcessRig(FakeTelegramServer telegram, FakeWeComApi wecom, ThrowawayDatabase database, WebApplication reader)
    {
        Telegram = telegram;
        WeCom = wecom;
        Database = database;
        _reader = reader;
        Hosts = [new BotChild("host-a", wecom, BotProcessRig.AppToken, BotProcessRig.AppAesKey),
            new BotChild("host-b", wecom, BotProcessRig.AppToken, BotProcessRig.AppAesKey)];
        Settings = BotProcessRig.PlatformSettings(telegram, wecom);
        foreach (var (k, v) in StorageSettings(database))
        {
            Settings[k] = v!;
        }

        Settings["Scheduling:CheckinInterval"] = "00:00:01";
        Settings["Scheduling:CheckinMisfireThreshold"] = "00:00:03";
        // A SIGKILLed leader's lock goes with its connection; the other host asks again every 200 ms. The leader checks
        // its connection less often, so a busy machine does not make it give the polling up by itself.
        Settings["Leadership:RetryInterval"] = "00:00:00.200";
        Settings["Leadership:CheckInterval"] = "00:00:02";
        // A dead host's claims on outgoing messages lapse after this; a living host renews its claims three times a lease.
        Settings["Outbox:ClaimLease"] = "00:00:09";
        Settings["Outbox:ClaimRenewInterval"] = "00:00:03";
    }

    public FakeTelegramServer Telegram { get; }

    public FakeWeComApi WeCom { get; }

    public ThrowawayDatabase Database { get; }

    /// <summary>host-a and host-b.</summary>
    public IReadOnlyList<BotChild> Hosts { get; }

    /// <summary>Both hosts' settings (each adds its <c>Scheduling:InstanceId</c> and <c>Urls</c>).</summary>
    public Dictionary<string, string> Settings { get; }

    /// <summary>The bot's services on the same database, never started (nothing polls, fires or sends): stores to seed and read.</summary>
    public IServiceProvider Services => _reader.Services;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>The feature world's stores on the shared database.</summary>
    public WorldStores Stores => new(Get<IUnitOfWork>(), Get<IPeopleStore>(), Get<ICommunityStore>(), Get<IShiftStore>(), Get<INoticeStore>());

    /// <summary>Starts the fakes and a throwaway database at the code's schema (the hosts find nothing to migrate).</summary>
    public static async Task<ClusterProcessRig> StartFakesAsync()
    {
        var telegram = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        var wecom = await FakeWeComApi.StartAsync();
        var database = await PostgresServer.CreateDatabaseAsync();
        var settings = StorageSettings(database);
        settings["Console:Enabled"] = "false";
        settings["Demo:Seed"] = "false";
        var builder = BotHostBuilder.Create([], settings);
        builder.Services.AddBot(builder.Configuration);
        var reader = builder.Build();
        using (var schema = new PostgresDatabase(database.ConnectionString))
        {
            schema.Migrate();
        }

        return new ClusterProcessRig(telegram, wecom, database, reader);
    }

    /// <summary>Starts both hosts at once and waits until both are healthy.</summary>
    public Task StartHostsAsync() => Task.WhenAll(Hosts.Select(h => h.StartAsync(Settings
        .Append(new("Scheduling:InstanceId", h.Name))
        // One data file path for both, as two hosts on one machine with the same settings: on PostgreSQL nothing opens or locks it.
        .Append(new("Storage:LiteDbPath", Path.Combine(_folder, "bot.db"))))));

    /// <summary>The running host whose current run leads the Telegram polling (its log says so), or null.</summary>
    public BotChild? PollingLeader() => Hosts.FirstOrDefault(h => h.IsRunning && Leads(h.CurrentLog));

    /// <summary>Whether <paramref name="log"/> shows its host taking the lead of this bot's polling.</summary>
    public bool Leads(string log) => log.Contains("This host now leads telegram-polling:" + Telegram.Token.Split(':')[0], StringComparison.Ordinal);

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Hosts)
        {
            await host.DisposeAsync();
        }

        await _reader.DisposeAsync();
        await Telegram.DisposeAsync();
        await WeCom.DisposeAsync();
        await Database.DisposeAsync();
    }

    private static Dictionary<string, string?> StorageSettings(ThrowawayDatabase database) => new()
    {
        ["Storage:Provider"] = StorageProviders.Postgres,
        ["Storage:ConnectionString"] = database.ConnectionString,
    };
}
