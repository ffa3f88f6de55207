using Bot.Host.Channels.Telegram;

namespace Bot.Tests.Telegram;

public sealed class TelegramOptionsValidatorTests
{
    private static readonly TelegramOptions Good = new() { BotToken = "123456:AAE_abcdefghijklmnopqrstuvwxyz" };

    private static IReadOnlyList<string> Problems(TelegramOptions o)
    {
        var result = new TelegramOptionsValidator().Validate(null, o);
        return result.Failed ? result.Failures!.ToList() : [];
    }

    [Fact]
    public void Defaults_WithAToken_AreValid()
    {
        Assert.Empty(Problems(Good));
    }

    [Fact]
    public void WebhookMode_WithoutUrlAndSecret_NamesBothKeys()
    {
        var problems = Problems(new TelegramOptions { BotToken = Good.BotToken, Mode = TelegramMode.Webhook });

        Assert.Contains(problems, p => p.StartsWith("Telegram:WebhookUrl:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Telegram:WebhookSecret:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("ünïcode")]
    [InlineData("")]
    public void WebhookSecret_OutsideTheAllowedAlphabet_IsRefused(string secret)
    {
        var problems = Problems(new TelegramOptions
        {
            BotToken = Good.BotToken, Mode = TelegramMode.Webhook, WebhookUrl = "https://bot.example.org/telegram/webhook", WebhookSecret = secret,
        });

        Assert.Single(problems, p => p.StartsWith("Telegram:WebhookSecret:", StringComparison.Ordinal));
    }

    [Fact]
    public void WebhookSecret_Of257Chars_IsRefused_Of256IsFine()
    {
        var o = new TelegramOptions { BotToken = Good.BotToken, Mode = TelegramMode.Webhook, WebhookUrl = "https://bot.example.org/telegram/webhook" };
        o.WebhookSecret = new string('a', 256);
        Assert.Empty(Problems(o));
        o.WebhookSecret = new string('a', 257);
        Assert.Single(Problems(o));
    }

    [Fact]
    public void PollTimeout_NotBelowHttpTimeout_IsRefused()
    {
        var problems = Problems(new TelegramOptions { BotToken = Good.BotToken, PollTimeout = TimeSpan.FromSeconds(90) });

        Assert.Contains(problems, p => p.StartsWith("Telegram:HttpTimeout:", StringComparison.Ordinal));
    }

    [Fact]
    public void MalformedTokenAndAddress_AreEachNamed()
    {
        var problems = Problems(new TelegramOptions { BotToken = "token", ApiBaseUrl = "api.telegram.org", PollBatchSize = 0 });

        Assert.Contains(problems, p => p.StartsWith("Telegram:BotToken:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Telegram:ApiBaseUrl:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Telegram:PollBatchSize:", StringComparison.Ordinal));
    }

    [Fact]
    public void SecretComparison_AcceptsOnlyTheExactSecret()
    {
        Assert.True(TelegramWebhookEndpoint.SecretMatches("abc_DEF-1", "abc_DEF-1"));
        Assert.False(TelegramWebhookEndpoint.SecretMatches("abc_DEF-2", "abc_DEF-1"));
        Assert.False(TelegramWebhookEndpoint.SecretMatches("", "abc_DEF-1"));
        Assert.False(TelegramWebhookEndpoint.SecretMatches("abc", ""));
    }
}
