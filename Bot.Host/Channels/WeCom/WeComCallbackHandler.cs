using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Handles the encrypted callbacks of the app (<c>/wecom/callback</c>, XML, receiveId = corpid) and of the intelligent
/// bot (<c>/wecom/bot/callback</c>, JSON, receiveId ""): verify the signature (constant time), refuse stale timestamps
/// and replayed nonces, decrypt, check the receiveId, parse with DTDs off, record in the inbox and answer an empty 200
/// at once — or, for the intelligent bot, the reply itself when it is ready within WeCom:Bot:PassiveReplyWait
/// (<see cref="WeComPassiveReplies"/>). Bad input gets a 4xx and nothing is recorded. Secrets and payloads are never logged.
/// </summary>
internal sealed class WeComCallbackHandler(IOptions<WeComOptions> options, WeComCallbackGuard guard, IInbox inbox,
    TimeProvider time, ILogger<WeComCallbackHandler> logger, WeComPassiveReplies passive, WeComReplyUrls replyUrls)
{
    private readonly WeComOptions _options = options.Value;
    private readonly WXBizMsgCrypt _app = new(options.Value.Token, options.Value.EncodingAesKey, options.Value.CorpId);
    private readonly WXBizMsgCrypt? _bot = options.Value.Bot.Enabled
        ? new(options.Value.Bot.Token, options.Value.Bot.EncodingAesKey, "")
        : null;

    public IResult VerifyApp(HttpRequest request) => Verify(_app, request, "app");

    public IResult VerifyBot(HttpRequest request) => _bot is null ? Results.NotFound() : Verify(_bot, request, "bot");

    public Task<IResult> ReceiveAppAsync(HttpRequest request, CancellationToken cancellationToken) =>
        ReceiveAsync(_app, request, WeComXml.Encrypt, plain => WeComAppInbound.Map(WeComXml.Fields(plain), time.GetUtcNow()), "app",
            cancellationToken);

    public Task<IResult> ReceiveBotAsync(HttpRequest request, CancellationToken cancellationToken) =>
        _bot is null
            ? Task.FromResult(Results.NotFound())
            : ReceiveAsync(_bot, request, JsonEncrypt, plain => WeComBotInbound.Map(plain, time.GetUtcNow()), "bot", cancellationToken,
                passiveReplies: true);

    private IResult Verify(WXBizMsgCrypt crypt, HttpRequest request, string which)
    {
        var q = request.Query;
        string? signature = q["msg_signature"], timestamp = q["timestamp"], nonce = q["nonce"], echo = q["echostr"];
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce) || string.IsNullOrEmpty(echo))
        {
            return Results.BadRequest();
        }

        try
        {
            var plain = crypt.VerifyUrl(signature, timestamp, nonce, echo);
            logger.LogInformation("WeCom {Which} callback URL verified", which);
            return Results.Text(plain, "text/plain", Encoding.UTF8);
        }
        catch (WeComCryptoException e)
        {
            logger.LogWarning("WeCom {Which} URL verification refused: {Code} {Error}", which, e.Code, e.Error);
            return Refusal(e);
        }
    }

    private async Task<IResult> ReceiveAsync(WXBizMsgCrypt crypt, HttpRequest request, Func<string, string> envelope,
        Func<string, IncomingMessage?> map, string which, CancellationToken cancellationToken, bool passiveReplies = false)
    {
        var q = request.Query;
        string? signature = q["msg_signature"], timestamp = q["timestamp"], nonce = q["nonce"];
        if (string.IsNullOrEmpty(signature) || string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(nonce))
        {
            return Results.BadRequest();
        }

        var body = await WeComBody.ReadAsync(request, _options.MaxCallbackBytes, cancellationToken).ConfigureAwait(false);
        if (body is null)
        {
            logger.LogWarning("WeCom {Which} callback refused: body larger than {Max} bytes", which, _options.MaxCallbackBytes);
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (!guard.IsFresh(timestamp))
        {
            logger.LogWarning("WeCom {Which} callback refused: timestamp {Timestamp} outside the allowed window", which, timestamp);
            return Results.StatusCode(StatusCodes.Status403Forbidden);
        }

        IncomingMessage? message;
        try
        {
            var encrypt = envelope(body);
            crypt.VerifySignature(signature, timestamp, nonce, encrypt);
            if (!guard.TryUseNonce(nonce))
            {
                logger.LogWarning("WeCom {Which} callback refused: nonce replayed", which);
                return Results.StatusCode(StatusCodes.Status403Forbidden);
            }

            message = map(crypt.Decrypt(encrypt));
        }
        catch (WeComCryptoException e)
        {
            logger.LogWarning("WeCom {Which} callback refused: {Code} {Error}", which, e.Code, e.Error);
            return Refusal(e);
        }

        if (message is null)
        {
            logger.LogInformation("WeCom {Which} callback of a kind the bot does not handle; acknowledged", which);
            return Results.Ok();
        }

        using var watch = passiveReplies ? passive.Watch(message) : null;
        if (!inbox.TryAccept(message))
        {
            logger.LogDebug("WeCom {Which} callback {Id} seen before (platform retry); acknowledged", which, message.PlatformMessageId);
            return Results.Ok();
        }

        if (watch is not null && await passive.ReplyAsync(watch, message.SenderId, cancellationToken).ConfigureAwait(false) is { } reply)
        {
            // The reply is ready within the callback: given in the response (encrypted like the callback), the outbox
            // message counting as sent once it is written.
            var json = crypt.EncryptReplyJson(reply.Plain, time.GetUtcNow().ToUnixTimeSeconds(),
                RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture), RandomNumberGenerator.GetBytes(16));
            return new WeComPassiveResult(json, reply.Url, replyUrls);
        }

        return Results.Ok();
    }

    private static string JsonEncrypt(string body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var p in doc.RootElement.EnumerateObject())
                {
                    if (p.Name.Equals("encrypt", StringComparison.OrdinalIgnoreCase) && p.Value.ValueKind == JsonValueKind.String)
                    {
                        return p.Value.GetString() ?? "";
                    }
                }
            }
        }
        catch (JsonException e)
        {
            throw new WeComCryptoException(WeComCryptoError.ParseXml, e);
        }

        throw new WeComCryptoException(WeComCryptoError.ParseXml);
    }

    private static IResult Refusal(WeComCryptoException e) => e.Error switch
    {
        WeComCryptoError.ValidateSignature or WeComCryptoError.ValidateCorpId => Results.StatusCode(StatusCodes.Status403Forbidden),
        _ => Results.BadRequest(),
    };
}
