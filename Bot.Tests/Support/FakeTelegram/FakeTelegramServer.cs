using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Bot.Core.Texts;

namespace Bot.Tests.Support.FakeTelegram;

/// <summary>
/// A Bot API server on 127.0.0.1 (random port) speaking the real JSON, for end-to-end tests and benchmarks: getMe,
/// getUpdates, setWebhook/deleteWebhook/getWebhookInfo, sendMessage, sendDocument (multipart), sendPhoto (by a file_id
/// it handed out in an update), editMessageText,
/// answerCallbackQuery, setMyCommands/getMyCommands. Enforces Telegram's sending limits with 429 + retry_after and can
/// inject 5xx answers, delays and dropped connections. Every call is kept in <see cref="Exchanges"/>.
/// </summary>
public sealed partial class FakeTelegramServer : IAsyncDisposable
{
    public const string DefaultToken = "123456789:AAFakeTokenForLoopbackTests_abcdefgh";

    private readonly Lock _lock = new();
    private readonly WebApplication _app;
    private readonly FakeUpdateQueue _updates = new();
    private readonly FakeRateLimiter _limiter;
    private readonly List<FakeExchange> _exchanges = [];
    private readonly List<FakeSentMessage> _sent = [];
    private readonly List<FakeFault> _faults = [];
    private readonly HashSet<long> _blocked = [];
    private readonly Dictionary<(string Scope, string Language), JsonArray> _commands = new();
    private readonly List<(string Scope, string Language, string Call)> _commandCalls = [];
    private readonly List<string> _answeredCallbacks = [];
    private long _sequence;
    private int _inProgress;
    private int _nextMessageId = 100;

    private FakeTelegramServer(WebApplication app, string token, string username, FakeTelegramLimits limits, TimeProvider time)
    {
        _app = app;
        Token = token;
        BotUsername = username;
        Time = time;
        _limiter = new FakeRateLimiter(limits);
    }

    public string Token { get; }

    public string BotUsername { get; }

    public long BotId => long.Parse(Token.Split(':')[0], System.Globalization.CultureInfo.InvariantCulture);

    public TimeProvider Time { get; }

    /// <summary>Root address to give the client as its API base URL (methods are under /bot{token}/).</summary>
    public Uri BaseUrl { get; private set; } = new("http://127.0.0.1/");

    public string? WebhookUrl { get; private set; }

    public string? WebhookSecret { get; private set; }

    public int ConfirmedOffset => _updates.ConfirmedOffset;

    public int Polls => _updates.Polls;

    /// <summary>Calls being handled right now (a killed client's last requests may still be under way).</summary>
    public int InProgress => Volatile.Read(ref _inProgress);

    public static async Task<FakeTelegramServer> StartAsync(FakeTelegramLimits? limits = null, string token = DefaultToken,
        string username = "DutyTestBot", TimeProvider? time = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new FakeTelegramServer(app, token, username, limits ?? new FakeTelegramLimits(), time ?? TimeProvider.System);
        app.Map("/bot{token}/{method}", (HttpContext http, string token, string method) => server.HandleAsync(http, token, method));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(address + "/");
        return server;
    }

    /// <summary>
    /// Raised (under the fake's lock, so keep it short) for every message the fake accepted, as it is stored: lets a
    /// benchmark timestamp replies without copying <see cref="Sent"/> over and over.
    /// </summary>
    public event Action<FakeSentMessage>? MessageSent;

    /// <summary>Queues an update for getUpdates (it gets the next update_id, returned).</summary>
    public int AddUpdate(JsonObject update)
    {
        ArgumentNullException.ThrowIfNull(update);
        RememberFiles(update);
        return _updates.Add(update);
    }

    /// <summary>Simulates a lost confirmation: updates from <paramref name="updateId"/> on are delivered again.</summary>
    public void ForgetConfirmationsFrom(int updateId) => _updates.ForgetConfirmationsFrom(updateId);

    public void InjectFault(FakeFault fault)
    {
        lock (_lock)
        {
            _faults.Add(fault);
        }
    }

    /// <summary>The user (private chat id) blocked the bot: sends answer 403.</summary>
    public void Block(long chatId)
    {
        lock (_lock)
        {
            _blocked.Add(chatId);
        }
    }

    /// <summary>The user opened a chat with the bot (again): sends to them succeed from now on.</summary>
    public void Unblock(long chatId)
    {
        lock (_lock)
        {
            _blocked.Remove(chatId);
        }
    }

    public IReadOnlyList<FakeExchange> Exchanges
    {
        get
        {
            lock (_lock)
            {
                return _exchanges.ToList();
            }
        }
    }

    public IReadOnlyList<FakeSentMessage> Sent
    {
        get
        {
            lock (_lock)
            {
                return _sent.ToList();
            }
        }
    }

    public IReadOnlyList<FakeSentMessage> SentTo(long chatId) => Sent.Where(m => m.ChatId == chatId).ToList();

    public IReadOnlyList<string> AnsweredCallbacks
    {
        get
        {
            lock (_lock)
            {
                return _answeredCallbacks.ToList();
            }
        }
    }

    /// <summary>The commands registered with setMyCommands for the default scope, by language_code ("" for the default list).</summary>
    public JsonArray? Commands(string languageCode = "") => CommandsFor("default", languageCode);

    /// <summary>
    /// The commands registered for a scope ("default", "all_group_chats", "chat:1001", …) and language_code, as
    /// Telegram would show them now (null when none is set or it was deleted).
    /// </summary>
    public JsonArray? CommandsFor(string? scope, string languageCode = "")
    {
        lock (_lock)
        {
            return scope is not null && _commands.TryGetValue((scope, languageCode), out var list) ? (JsonArray)list.DeepClone() : null;
        }
    }

    /// <summary>Every setMyCommands ("set") and deleteMyCommands ("delete") call, in order.</summary>
    public IReadOnlyList<(string Scope, string Language, string Call)> CommandCalls
    {
        get
        {
            lock (_lock)
            {
                return _commandCalls.ToList();
            }
        }
    }

    /// <summary>Sends to a chat while it was still blocked by an earlier 429 (the bot did not wait retry_after).</summary>
    public IReadOnlyList<(long ChatId, DateTimeOffset At, DateTimeOffset BlockedUntil)> EarlyRetries
    {
        get
        {
            lock (_lock)
            {
                return _limiter.EarlyRetries.ToList();
            }
        }
    }

    /// <summary>
    /// Posts an update to the registered webhook with the registered secret, as Telegram would. <paramref name="reachAt"/>
    /// replaces the registered address (a test host listens on a random local port, not on its public URL).
    /// </summary>
    public async Task<System.Net.HttpStatusCode> PostToWebhookAsync(JsonObject update, HttpClient http, Uri? reachAt = null)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(http);
        var url = reachAt ?? (WebhookUrl is { } registered ? new Uri(registered) : throw new InvalidOperationException("no webhook is set"));
        update["update_id"] ??= _updates.NewId();
        RememberFiles(update);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(update.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
        if (!string.IsNullOrEmpty(WebhookSecret))
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", WebhookSecret);
        }

        using var response = await http.SendAsync(request).ConfigureAwait(false);
        return response.StatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
