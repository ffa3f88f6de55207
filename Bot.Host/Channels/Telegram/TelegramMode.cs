namespace Bot.Host.Channels.Telegram;

/// <summary>How the bot receives updates from Telegram.</summary>
public enum TelegramMode
{
    /// <summary>Long polling with getUpdates (default; needs no public address).</summary>
    Polling = 0,

    /// <summary>Telegram posts updates to <see cref="TelegramOptions.WebhookUrl"/>.</summary>
    Webhook = 1,
}
