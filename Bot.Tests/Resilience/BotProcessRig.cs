using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Tests.Resilience;

/// <summary>
/// The bot as a child process (dotnet Bot.Host.dll) over one data file, with Telegram and WeCom pointed at loopback
/// fakes. Start, SIGKILL and restart it; read its data file while it is down; every run's standard error is kept.
/// </summary>
internal sealed class BotProcessRig : IAsyncDisposable
{
    public const string AppToken = "crashTok3n";
    public const string AppAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

    private readonly BotChild _child;

    private BotProcessRig(FakeTelegramServer telegram, FakeWeComApi wecom)
    {
        Telegram = telegram;
        WeCom = wecom;
        _child = new BotChild("bot process", wecom, AppToken, AppAesKey);
    }

    public FakeTelegramServer Telegram { get; }

    public FakeWeComApi WeCom { get; }

    public int Port => _child.Port;

    public HttpClient Http => _child.Http;

    public FakeWeComCallbacks Callbacks => _child.Callbacks;

    public string DataFile { get; } = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"), "bot.db");

    /// <summary>The child's settings (its <c>Urls</c> is added at start).</summary>
    public Dictionary<string, string> Settings { get; } = new();

    public int Starts => _child.Starts;

    /// <summary>Standard error of every run so far, the current one included.</summary>
    public string Logs => _child.Logs;

    public static async Task<BotProcessRig> StartFakesAsync(FakeTelegramLimits? limits = null)
    {
        var telegram = await FakeTelegramServer.StartAsync(limits ?? FakeTelegramLimits.Relaxed);
        var wecom = await FakeWeComApi.StartAsync();
        var rig = new BotProcessRig(telegram, wecom);
        rig.Settings["Storage:LiteDbPath"] = rig.DataFile;
        foreach (var (k, v) in PlatformSettings(telegram, wecom))
        {
            rig.Settings[k] = v;
        }

        return rig;
    }

    /// <summary>
    /// A child's settings apart from storage and address: no console, no demo, Telegram and WeCom at the fakes with
    /// short timeouts and no rate limits to speak of, quick outbox retries.
    /// </summary>
    public static Dictionary<string, string> PlatformSettings(FakeTelegramServer telegram, FakeWeComApi wecom) => new()
    {
        ["Console:Enabled"] = "false",
        ["Demo:Seed"] = "false",
        ["Telegram:BotToken"] = telegram.Token,
        ["Telegram:ApiBaseUrl"] = telegram.BaseUrl.ToString(),
        ["Telegram:PollTimeout"] = "00:00:02",
        ["Telegram:SendTimeout"] = "00:00:10",
        ["Telegram:ErrorBackoff"] = "00:00:00.100",
        ["Telegram:MaxErrorBackoff"] = "00:00:01",
        ["Telegram:MessagesPerSecond"] = "1000",
        ["Telegram:PrivateChatPerSecond"] = "1000",
        ["Telegram:GroupChatPerMinute"] = "1000",
        ["WeCom:CorpId"] = wecom.CorpId,
        ["WeCom:AgentId"] = "1000002",
        ["WeCom:CorpSecret"] = wecom.CorpSecret,
        ["WeCom:Token"] = AppToken,
        ["WeCom:EncodingAesKey"] = AppAesKey,
        ["WeCom:ApiBaseUrl"] = wecom.BaseAddress.AbsoluteUri,
        ["WeCom:RequestTimeout"] = "00:00:10",
        ["Outbox:FirstRetryDelay"] = "00:00:00.050",
        ["Outbox:MaxRetryDelay"] = "00:00:00.500",
    };

    /// <summary>Registers residents of one community with the given Telegram ids and WeCom userids (before the first start).</summary>
    public void SeedResidents(IEnumerable<long> telegramIds, IEnumerable<string> wecomIds, string? phonePrefix = "1391234") =>
        WithData(db => SeedResidents(db, new PeopleStore(db), new CommunityStore(db), telegramIds, wecomIds, phonePrefix));

    /// <summary>Residents of <see cref="CrashFeatureWorld.Community"/>, named tg{id} and wc{userid}, phones from <paramref name="phonePrefix"/>.</summary>
    public static void SeedResidents(IUnitOfWork db, IPeopleStore people, ICommunityStore communities, IEnumerable<long> telegramIds,
        IEnumerable<string> wecomIds, string? phonePrefix = "1391234") => db.InTransaction(() =>
    {
        communities.EnsureCommunity(CrashFeatureWorld.Community);
        var n = 0;
        foreach (var id in telegramIds)
        {
            Save(people, $"tg{id}", id.ToString(CultureInfo.InvariantCulture), null, phonePrefix, n++);
        }

        foreach (var id in wecomIds)
        {
            Save(people, $"wc{id}", null, id, phonePrefix, n++);
        }
    });

    /// <summary>Starts the bot and waits until its health endpoint answers.</summary>
    public Task StartAsync() => _child.StartAsync(Settings);

    /// <summary>SIGKILL, then waits for the process to be gone.</summary>
    public Task KillAsync() => _child.KillAsync();

    /// <summary>SIGTERM, as systemd or Docker stop a service; returns the exit code.</summary>
    public Task<int> TerminateAsync() => _child.TerminateAsync();

    public bool IsRunning => _child.IsRunning;

    /// <summary>Opens the data file while the bot is down (a killed bot leaves it for LiteDB to recover).</summary>
    public T WithData<T>(Func<BotDatabase, T> read)
    {
        Assert.False(IsRunning, "read the data file only while the bot is down");
        Directory.CreateDirectory(Path.GetDirectoryName(DataFile)!);
        using var db = new BotDatabase(DataFile);
        return read(db);
    }

    public void WithData(Action<BotDatabase> work) => WithData(db =>
    {
        work(db);
        return 0;
    });

    public async ValueTask DisposeAsync()
    {
        await _child.DisposeAsync();
        await Telegram.DisposeAsync();
        await WeCom.DisposeAsync();
    }

    private static void Save(IPeopleStore people, string name, string? telegramId, string? wecomId, string? phonePrefix, int n)
    {
        var person = new Person
        {
            Name = name,
            Role = Role.Resident,
            CommunityId = CrashFeatureWorld.Community,
            Phone = phonePrefix is null ? null : phonePrefix + n.ToString("0000", CultureInfo.InvariantCulture),
            TelegramUserId = telegramId,
            WeComUserId = wecomId,
        };
        person.IdentityKeys.Add(telegramId is not null ? $"{ChannelNames.Telegram}:{telegramId}" : $"{ChannelNames.WeCom}:{wecomId}");
        people.Save(person);
    }

    /// <summary>A loopback port nobody listens on now (for a child process's fixed address).</summary>
    internal static int FreePort() => BotChild.FreePort();
}
