using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// <c>POST /telegram/webhook</c>: checks <c>X-Telegram-Bot-Api-Secret-Token</c> in constant time (the secret is never
/// logged), records the update in the inbox and answers 200 at once. 401 for a wrong or missing secret, 404 in polling
/// mode, 400 for a body that is not an Update, 500 when the inbox could not store it (Telegram then delivers it again).
/// </summary>
internal static class TelegramWebhookEndpoint
{
    public const string Path = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static async Task<IResult> HandleAsync(HttpContext http, IOptions<TelegramOptions> options, TelegramIntake intake,
        ILoggerFactory loggers)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(intake);
        var o = options.Value;
        if (o.Mode != TelegramMode.Webhook)
        {
            return Results.NotFound();
        }

        if (!SecretMatches(http.Request.Headers[SecretHeader].ToString(), o.WebhookSecret))
        {
            loggers.CreateLogger(typeof(TelegramWebhookEndpoint)).LogWarning("Telegram webhook: request from {Remote} without the right secret refused",
                http.Connection.RemoteIpAddress);
            return Results.Unauthorized();
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(http.Request.Body, JsonBotAPI.Options, http.RequestAborted).ConfigureAwait(false);
        }
        catch (JsonException)
        {
            return Results.BadRequest();
        }

        if (update is null)
        {
            return Results.BadRequest();
        }

        return intake.Record(update) ? Results.Ok() : Results.StatusCode(StatusCodes.Status500InternalServerError);
    }

    /// <summary>Compares hashes of both so neither the content nor the length of the secret leaks through timing.</summary>
    internal static bool SecretMatches(string given, string expected)
    {
        if (string.IsNullOrEmpty(expected) || string.IsNullOrEmpty(given))
        {
            return false;
        }

        var a = SHA256.HashData(Encoding.UTF8.GetBytes(given));
        var b = SHA256.HashData(Encoding.UTF8.GetBytes(expected));
        return CryptographicOperations.FixedTimeEquals(a, b);
    }
}
