using System.Globalization;
using System.Text;
using System.Text.Json;
using Bot.Host.Channels.WeCom;

namespace Bot.Tests.Support.FakeWeCom;

/// <summary>
/// Plays WeCom's side of callbacks: encrypts and signs a plaintext the way WeCom does and posts it to the bot's
/// endpoint (XML envelope for the app, JSON for the intelligent bot). Tamper hooks make forged requests.
/// </summary>
public sealed class FakeWeComCallbacks(HttpClient http, string path, string token, string encodingAesKey, string receiveId, bool json)
{
    private readonly WXBizMsgCrypt _crypt = new(token, encodingAesKey, receiveId);
    private long _nonce = Random.Shared.NextInt64(1_000_000, 9_000_000);

    /// <summary>Timestamp source for callbacks (Unix seconds); tests pass the clock the host uses.</summary>
    public Func<DateTimeOffset> Clock { get; set; } = () => TimeProvider.System.GetUtcNow();

    public string NextNonce() => Interlocked.Increment(ref _nonce).ToString(CultureInfo.InvariantCulture);

    public string Now() => Clock().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>The envelope body and query string WeCom would send for <paramref name="plaintext"/>.</summary>
    public (string Query, string Body) Build(string plaintext, string? timestamp = null, string? nonce = null, string? signature = null)
    {
        timestamp ??= Now();
        nonce ??= NextNonce();
        var encrypt = _crypt.Encrypt(plaintext);
        signature ??= _crypt.Sign(timestamp, nonce, encrypt);
        var body = json
            ? $"{{\"encrypt\":\"{encrypt}\"}}"
            : $"<xml><ToUserName><![CDATA[{receiveId}]]></ToUserName><AgentID><![CDATA[1000002]]></AgentID><Encrypt><![CDATA[{encrypt}]]></Encrypt></xml>";
        return ($"msg_signature={signature}&timestamp={timestamp}&nonce={nonce}", body);
    }

    public Task<HttpResponseMessage> PostAsync(string plaintext, string? timestamp = null, string? nonce = null, string? signature = null)
    {
        var (query, body) = Build(plaintext, timestamp, nonce, signature);
        return PostRawAsync(query, body);
    }

    public async Task<HttpResponseMessage> PostRawAsync(string query, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, json ? "application/json" : "text/xml");
        return await http.PostAsync(new Uri($"{path}?{query}", UriKind.Relative), content).ConfigureAwait(false);
    }

    /// <summary>URL verification as the admin console does it when the callback URL is saved.</summary>
    public Task<HttpResponseMessage> VerifyAsync(string echo, string? signature = null)
    {
        var timestamp = Now();
        var nonce = NextNonce();
        var encrypted = _crypt.Encrypt(echo);
        signature ??= _crypt.Sign(timestamp, nonce, encrypted);
        return http.GetAsync(new Uri($"{path}?msg_signature={signature}&timestamp={timestamp}&nonce={nonce}&echostr={Uri.EscapeDataString(encrypted)}",
            UriKind.Relative));
    }

    /// <summary>An app text message as WeCom's plaintext XML.</summary>
    public static string TextXml(string corpId, string from, string content, long msgId, long createTime) =>
        $"<xml><ToUserName><![CDATA[{corpId}]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName>"
        + $"<CreateTime>{createTime}</CreateTime><MsgType><![CDATA[text]]></MsgType><Content><![CDATA[{content}]]></Content>"
        + $"<MsgId>{msgId}</MsgId><AgentID>1000002</AgentID></xml>";

    /// <summary>An app image message as WeCom's plaintext XML (PicUrl to download, MediaId to send it on).</summary>
    public static string ImageXml(string corpId, string from, string mediaId, long msgId, long createTime) =>
        $"<xml><ToUserName><![CDATA[{corpId}]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName>"
        + $"<CreateTime>{createTime}</CreateTime><MsgType><![CDATA[image]]></MsgType><PicUrl><![CDATA[http://example.invalid/{mediaId}.jpg]]></PicUrl>"
        + $"<MediaId><![CDATA[{mediaId}]]></MediaId><MsgId>{msgId}</MsgId><AgentID>1000002</AgentID></xml>";

    /// <summary>An app event as WeCom's plaintext XML.</summary>
    public static string EventXml(string corpId, string from, string @event, string eventKey, long createTime) =>
        $"<xml><ToUserName><![CDATA[{corpId}]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName>"
        + $"<CreateTime>{createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[{@event}]]></Event>"
        + $"<EventKey><![CDATA[{eventKey}]]></EventKey><AgentID>1000002</AgentID></xml>";

    /// <summary>
    /// The intelligent bot's passive reply in a callback's response, checked as WeCom would: an envelope of encrypt,
    /// msgsignature, timestamp (a number) and nonce, correctly signed; decrypted, a <c>stream</c> reply (stream.id,
    /// stream.finish, stream.content), a <c>template_card</c> reply or an <c>update_template_card</c> response, each
    /// with a card as documented. Null for an empty answer; throws on anything malformed.
    /// </summary>
    public async Task<JsonElement?> PassiveReplyAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        if (body.Length == 0)
        {
            return null;
        }

        using var envelope = JsonDocument.Parse(body);
        var e = envelope.RootElement;
        var timestamp = e.GetProperty("timestamp").GetInt64().ToString(CultureInfo.InvariantCulture);
        var plain = _crypt.DecryptMessage(e.GetProperty("msgsignature").GetString(), timestamp, e.GetProperty("nonce").GetString()!,
            e.GetProperty("encrypt").GetString()!);
        var reply = JsonDocument.Parse(plain).RootElement.Clone();
        var card = reply.TryGetProperty("template_card", out var c) ? c : default;
        var problem = (reply.TryGetProperty("response_type", out var rt) ? rt.GetString() : reply.GetProperty("msgtype").GetString()) switch
        {
            "stream" => reply.GetProperty("stream") is var s && s.GetProperty("id").GetString() is { Length: > 0 }
                && s.GetProperty("finish").ValueKind is JsonValueKind.True or JsonValueKind.False && s.GetProperty("content").GetString() is not null
                    ? null : "stream needs id, finish and content",
            "template_card" or "update_template_card" => card.ValueKind == JsonValueKind.Object ? FakeWeComApi.CardProblem(card, "passive") : "template_card missing",
            var other => "unknown passive reply " + other,
        };
        return problem is null ? reply : throw new InvalidOperationException(problem);
    }

    /// <summary>An intelligent-bot template-card press as WeCom's plaintext JSON (msgtype event, eventtype template_card_event).</summary>
    public static string BotCardEventJson(string msgId, string chatId, string user, string taskId, string key, string? responseUrl) =>
        JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["msgid"] = msgId,
            ["create_time"] = 1_700_000_000,
            ["aibotid"] = "AIBOTID",
            ["chatid"] = chatId,
            ["chattype"] = "group",
            ["from"] = new Dictionary<string, string> { ["userid"] = user },
            ["response_url"] = responseUrl,
            ["msgtype"] = "event",
            ["event"] = new Dictionary<string, object>
            {
                ["eventtype"] = "template_card_event",
                ["template_card_event"] = new Dictionary<string, string> { ["card_type"] = "button_interaction", ["event_key"] = key, ["task_id"] = taskId },
            },
        });

    /// <summary>A template-card press (self-built app) as WeCom's plaintext XML: Event template_card_event with EventKey, TaskId, CardType and ResponseCode.</summary>
    public static string CardEventXml(string corpId, string from, string taskId, string key, string responseCode, long createTime) =>
        $"<xml><ToUserName><![CDATA[{corpId}]]></ToUserName><FromUserName><![CDATA[{from}]]></FromUserName>"
        + $"<CreateTime>{createTime}</CreateTime><MsgType><![CDATA[event]]></MsgType><Event><![CDATA[template_card_event]]></Event>"
        + $"<EventKey><![CDATA[{key}]]></EventKey><TaskId><![CDATA[{taskId}]]></TaskId><CardType><![CDATA[button_interaction]]></CardType>"
        + $"<ResponseCode><![CDATA[{responseCode}]]></ResponseCode><AgentID>1000002</AgentID></xml>";
}
