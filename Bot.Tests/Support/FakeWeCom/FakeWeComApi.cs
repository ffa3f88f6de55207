using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Support.FakeWeCom;

/// <summary>
/// A loopback stand-in for the WeCom server API (Kestrel on 127.0.0.1, random port), for end-to-end tests and
/// benchmarks; no test framework inside. It implements gettoken (with expiry and invalidation), message/send
/// (touser "a|b|c", invaliduser), appchat/create + appchat/send, webhook/send, media/upload and webhook/upload_media
/// (multipart, type file; file messages must name an uploaded media_id), and the intelligent bot's one-shot
/// response_url, template cards and message/update_template_card (<c>FakeWeComApi.Cards.cs</c>), and can be scripted per path to answer an errcode, an HTTP status or late (<see cref="Script"/>).
/// </summary>
public sealed partial class FakeWeComApi : IAsyncDisposable
{
    /// <summary>The errcode this fake gives for a response_url used a second time (a stand-in; any non-zero code means "spent").</summary>
    public const int ResponseUrlSpent = 600039;

    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeWeComFault>> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _validTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _usedResponseCodes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string[]> _appChats = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<FakeWeComRequest> _requests = new();
    private readonly ConcurrentQueue<(string User, string Content)> _dropped = new();
    private FakeWeComLimiter _limiter = new(new FakeWeComLimits { PerMemberPerMinute = int.MaxValue, PerMemberPerHour = int.MaxValue });
    private int _duplicatesSuppressed;
    private int _throttled;
    private WebApplication? _app;
    private int _tokenCounter;
    private int _getTokenCalls;

    public FakeWeComApi(string corpId = "wwfakecorp0000001", string corpSecret = "fake-secret")
    {
        CorpId = corpId;
        CorpSecret = corpSecret;
    }

    public string CorpId { get; }

    public string CorpSecret { get; }

    /// <summary>Lifetime announced for new tokens, in seconds. Default 7200.</summary>
    public int ExpiresInSeconds { get; set; } = 7200;

    /// <summary>Userids message/send reports back as invaliduser.</summary>
    public ConcurrentDictionary<string, byte> InvalidUsers { get; } = new(StringComparer.Ordinal);

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public int GetTokenCalls => Volatile.Read(ref _getTokenCalls);

    /// <summary>Successful calls, in order of arrival.</summary>
    public IReadOnlyList<FakeWeComRequest> Requests => _requests.ToArray();

    public IReadOnlyList<FakeWeComRequest> RequestsTo(string path) => _requests.Where(r => r.Path == path).ToArray();

    public static async Task<FakeWeComApi> StartAsync(string corpId = "wwfakecorp0000001", string corpSecret = "fake-secret")
    {
        var fake = new FakeWeComApi(corpId, corpSecret);
        await fake.StartServerAsync().ConfigureAwait(false);
        return fake;
    }

    /// <summary>Makes the next calls to <paramref name="path"/> (such as "message/send") misbehave, one fault per call.</summary>
    public void Script(string path, params FakeWeComFault[] faults)
    {
        var queue = _faults.GetOrAdd(path, _ => new ConcurrentQueue<FakeWeComFault>());
        foreach (var f in faults)
        {
            queue.Enqueue(f);
        }
    }

    /// <summary>Every token issued so far stops working (calls with it get 42001), as when tokens expire.</summary>
    public void ExpireTokens() => _validTokens.Clear();

    /// <summary>A response_url for an intelligent-bot callback, pointing at this fake.</summary>
    public string ResponseUrl(string code) => new Uri(BaseAddress, "cgi-bin/aibot/response?response_code=" + Uri.EscapeDataString(code)).AbsoluteUri;

    /// <summary>Creates an app group chat directly (as if appchat/create had been called earlier).</summary>
    public void AddAppChat(string chatId, params string[] members) => _appChats[chatId] = members;

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync().ConfigureAwait(false);
            await _app.DisposeAsync().ConfigureAwait(false);
        }
    }

    private async Task StartServerAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapGet("/cgi-bin/gettoken", GetToken);
        _app.MapPost("/cgi-bin/{**path}", HandleAsync);
        await _app.StartAsync().ConfigureAwait(false);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address + "/");
    }

    private IResult GetToken(HttpRequest request)
    {
        Interlocked.Increment(ref _getTokenCalls);
        if (request.Query["corpid"] != CorpId || request.Query["corpsecret"] != CorpSecret)
        {
            return Results.Json(new { errcode = 40001, errmsg = "invalid credential" });
        }

        var token = "tok-" + Interlocked.Increment(ref _tokenCounter).ToString(CultureInfo.InvariantCulture);
        _validTokens[token] = 0;
        return Results.Json(new { errcode = 0, errmsg = "ok", access_token = token, expires_in = ExpiresInSeconds });
    }

    private async Task<IResult> HandleAsync(string path, HttpRequest request)
    {
        if (_faults.TryGetValue(path, out var queue) && queue.TryDequeue(out var fault))
        {
            if (fault.Delay is { } delay)
            {
                await Task.Delay(delay, request.HttpContext.RequestAborted).ConfigureAwait(false);
            }

            if (fault.HttpStatus is { } status)
            {
                return Results.StatusCode(status);
            }

            if (fault.ErrCode is { } code)
            {
                return Error(code, "scripted");
            }
        }

        if (path is "media/upload" or "webhook/upload_media")
        {
            return await UploadAsync(path, request).ConfigureAwait(false);
        }

        JsonElement body;
        try
        {
            using var doc = await JsonDocument.ParseAsync(request.Body).ConfigureAwait(false);
            body = doc.RootElement.Clone();
        }
        catch (JsonException)
        {
            return Error(40016, "invalid json");
        }

        var query = request.Query.ToDictionary(q => q.Key, q => q.Value.ToString(), StringComparer.Ordinal);
        var needsToken = path is "message/send" or "appchat/create" or "appchat/send" or "message/update_template_card";
        if (needsToken && !_validTokens.ContainsKey(query.GetValueOrDefault("access_token") ?? ""))
        {
            return Error(42001, "access_token expired");
        }

        var call = new FakeWeComRequest(path, query, body, Time.GetUtcNow());
        return path switch
        {
            "message/send" => MessageSend(call),
            "appchat/create" => AppChatCreate(call),
            "appchat/send" => !_appChats.ContainsKey(call.Str("chatid")) ? Error(86003, "chat not found")
                : call.Str("msgtype") == "template_card" ? Error(40008, "invalid message type: app group chats take no template_card")
                : CheckFile(call, "app") ?? Accept(call),
            "message/update_template_card" => UpdateTemplateCard(call),
            "webhook/send" => string.IsNullOrEmpty(query.GetValueOrDefault("key")) ? Error(93000, "invalid webhook key")
                : CheckFile(call, "robot:" + query["key"]) ?? Accept(call),
            "aibot/response" => _usedResponseCodes.ContainsKey(query.GetValueOrDefault("response_code") ?? "")
                ? Error(ResponseUrlSpent, "response_code used")
                : CheckCard(call, query.GetValueOrDefault("response_code") ?? "")
                    ?? (_usedResponseCodes.TryAdd(query.GetValueOrDefault("response_code") ?? "", 0) ? Accept(call) : Error(ResponseUrlSpent, "response_code used")),
            _ => Error(404, "unknown api"),
        };
    }

    private IResult AppChatCreate(FakeWeComRequest call)
    {
        var chatId = call.Str("chatid") is { Length: > 0 } given ? given : "chat" + Interlocked.Increment(ref _tokenCounter);
        var members = call.Body.TryGetProperty("userlist", out var list) ? list.EnumerateArray().Select(u => u.GetString()!).ToArray() : [];
        if (members.Length < 2)
        {
            return Error(86001, "userlist needs at least 2 members");
        }

        _appChats[chatId] = members;
        _requests.Enqueue(call);
        return Results.Json(new { errcode = 0, errmsg = "ok", chatid = chatId });
    }

    private IResult Accept(FakeWeComRequest call)
    {
        _requests.Enqueue(call);
        return Results.Json(new { errcode = 0, errmsg = "ok" });
    }

    private static IResult Error(int code, string message) => Results.Json(new { errcode = code, errmsg = message });
}
