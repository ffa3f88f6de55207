using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Tests.Support;
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

    private readonly List<string> _logs = [];
    private HostProcess? _child;

    private BotProcessRig(FakeTelegramServer telegram, FakeWeComApi wecom)
    {
        Telegram = telegram;
        WeCom = wecom;
        Port = FreePort();
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}/"), Timeout = TimeSpan.FromSeconds(10) };
        Callbacks = new FakeWeComCallbacks(Http, "wecom/callback", AppToken, AppAesKey, wecom.CorpId, json: false);
    }

    public FakeTelegramServer Telegram { get; }

    public FakeWeComApi WeCom { get; }

    public int Port { get; }

    public HttpClient Http { get; }

    public FakeWeComCallbacks Callbacks { get; }

    public string DataFile { get; } = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"), "bot.db");

    public Dictionary<string, string> Settings { get; } = new();

    public int Starts { get; private set; }

    /// <summary>Standard error of every run so far, the current one included.</summary>
    public string Logs => string.Join('\n', _logs.Append(_child?.Error ?? ""));

    public static async Task<BotProcessRig> StartFakesAsync(FakeTelegramLimits? limits = null)
    {
        var telegram = await FakeTelegramServer.StartAsync(limits ?? FakeTelegramLimits.Relaxed);
        var wecom = await FakeWeComApi.StartAsync();
        var rig = new BotProcessRig(telegram, wecom);
        foreach (var (k, v) in new Dictionary<string, string>
        {
            ["Storage:LiteDbPath"] = rig.DataFile,
            ["Urls"] = $"http://127.0.0.1:{rig.Port}",
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
        })
        {
            rig.Settings[k] = v;
        }

        return rig;
    }

    /// <summary>Registers residents of one community with the given Telegram ids and WeCom userids (before the first start).</summary>
    public void SeedResidents(IEnumerable<long> telegramIds, IEnumerable<string> wecomIds, string? phonePrefix = "1391234")
    {
        WithData(db =>
        {
            var people = new PeopleStore(db);
            new CommunityStore(db).EnsureCommunity("静园社区");
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
    }

    /// <summary>Starts the bot and waits until its health endpoint answers.</summary>
    public async Task StartAsync()
    {
        _child = HostProcess.Start(Settings.Select(kv => $"--{kv.Key}={kv.Value}").ToArray());
        Starts++;
        await BotTestHost.WaitUntilAsync(() => Healthy(), TimeSpan.FromSeconds(60), "bot process healthy");
    }

    /// <summary>SIGKILL, then waits for the process to be gone.</summary>
    public async Task KillAsync()
    {
        if (_child is null)
        {
            return;
        }

        _child.Kill();
        await BotTestHost.WaitUntilAsync(() => _child.HasExited, TimeSpan.FromSeconds(30), "killed process exited");
        _logs.Add(_child.Error);
        _child.Dispose();
        _child = null;
    }

    /// <summary>SIGTERM, as systemd or Docker stop a service; returns the exit code.</summary>
    public async Task<int> TerminateAsync()
    {
        Assert.NotNull(_child);
        _child.Terminate();
        var exit = await _child.WaitForExitAsync(TimeSpan.FromSeconds(30));
        _logs.Add(_child.Error);
        _child.Dispose();
        _child = null;
        return exit;
    }

    public bool IsRunning => _child is { HasExited: false };

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
        await KillAsync();
        Http.Dispose();
        await Telegram.DisposeAsync();
        await WeCom.DisposeAsync();
    }

    private bool Healthy()
    {
        if (_child is { HasExited: true })
        {
            throw new InvalidOperationException("the bot process exited: " + _child.Error);
        }

        try
        {
            using var response = Http.GetAsync(new Uri("health", UriKind.Relative)).GetAwaiter().GetResult();
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException)
        {
            return false;
        }
    }

    private static void Save(IPeopleStore people, string name, string? telegramId, string? wecomId, string? phonePrefix, int n)
    {
        var person = new Person
        {
            Name = name,
            Role = Role.Resident,
            CommunityId = "静园社区",
            Phone = phonePrefix is null ? null : phonePrefix + n.ToString("0000", CultureInfo.InvariantCulture),
            TelegramUserId = telegramId,
            WeComUserId = wecomId,
        };
        person.IdentityKeys.Add(telegramId is not null ? $"{ChannelNames.Telegram}:{telegramId}" : $"{ChannelNames.WeCom}:{wecomId}");
        people.Save(person);
    }

    /// <summary>A loopback port nobody listens on now (for a child process's fixed address).</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
