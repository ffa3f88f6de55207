using System.Text.RegularExpressions;
using Bot.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.Telegram;

/// <summary>Validates the <c>Telegram</c> section at start, listing every problem with the key and what to put there.</summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = new OptionsProblems();
        const string S = TelegramOptions.Section;
        p.Require(TokenPattern().IsMatch(options.BotToken ?? ""), $"{S}:BotToken",
            "does not look like a bot token; paste the token BotFather gave you, such as 123456789:AAE-xyz…");
        p.Require(Uri.TryCreate(options.ApiBaseUrl, UriKind.Absolute, out var api) && (api.Scheme == Uri.UriSchemeHttps || api.Scheme == Uri.UriSchemeHttp),
            $"{S}:ApiBaseUrl", $"must be an http(s) address such as {TelegramOptions.OfficialApiBaseUrl}, not '{options.ApiBaseUrl}'.");
        if (options.Mode == TelegramMode.Webhook)
        {
            p.Require((Uri.TryCreate(options.WebhookUrl, UriKind.Absolute, out var hook) && hook.Scheme == Uri.UriSchemeHttps) || IsLoopbackHttp(options.WebhookUrl),
                $"{S}:WebhookUrl", "is required in webhook mode: the public https address of POST /telegram/webhook, e.g. https://bot.example.org/telegram/webhook.");
            p.Require(SecretPattern().IsMatch(options.WebhookSecret ?? ""), $"{S}:WebhookSecret",
                "is required in webhook mode: 1-256 characters of A-Z, a-z, 0-9, _ and - (generate one, e.g. openssl rand -hex 32).");
        }

        p.Require(options.PollTimeout >= TimeSpan.FromSeconds(1), $"{S}:PollTimeout",
            $"must be at least 00:00:01 (a long poll; default 00:00:50), not '{options.PollTimeout}'.");
        p.Positive(options.SendTimeout, $"{S}:SendTimeout");
        p.Positive(options.ErrorBackoff, $"{S}:ErrorBackoff");
        p.Positive(options.MaxErrorBackoff, $"{S}:MaxErrorBackoff");
        p.Require(options.HttpTimeout > options.PollTimeout + TimeSpan.FromSeconds(5), $"{S}:HttpTimeout",
            $"must exceed {S}:PollTimeout by more than 5 s (now {options.HttpTimeout} vs {options.PollTimeout}), or long polls time out.");
        p.Require(options.HttpTimeout > options.SendTimeout, $"{S}:HttpTimeout", $"must exceed {S}:SendTimeout.");
        p.Require(options.PollBatchSize is >= 1 and <= 100, $"{S}:PollBatchSize", $"must be 1-100, not {options.PollBatchSize}.");
        p.Require(options.MessagesPerSecond >= 1, $"{S}:MessagesPerSecond", "must be at least 1 (Telegram allows about 30).");
        p.Require(options.PrivateChatPerSecond >= 1, $"{S}:PrivateChatPerSecond", "must be at least 1 (Telegram allows about 1).");
        p.Require(options.GroupChatPerMinute >= 1, $"{S}:GroupChatPerMinute", "must be at least 1 (Telegram allows about 20).");
        p.Require(options.MaxConcurrency >= 1, $"{S}:MaxConcurrency", "must be at least 1 (default 32).");
        return p.Result();
    }

    private static bool IsLoopbackHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var u) && u.Scheme == Uri.UriSchemeHttp && u.IsLoopback;

    [GeneratedRegex("^[0-9]{1,20}:[A-Za-z0-9_-]{20,100}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();
}
