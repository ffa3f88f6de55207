namespace Bot.Host.Channels.Telegram;

/// <summary>Options of the <c>Telegram</c> section. The channel is on when <see cref="BotToken"/> is set.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    public const string OfficialApiBaseUrl = "https://api.telegram.org";

    /// <summary>The token BotFather gave (<c>123456:ABC…</c>). Empty (default): the channel is off.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>The Bot API server. Default the official one; a self-hosted Bot API server or a test fake also work.</summary>
    public string ApiBaseUrl { get; set; } = OfficialApiBaseUrl;

    /// <summary>Polling (default) or Webhook.</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Public HTTPS address Telegram posts to in webhook mode, ending in <c>/telegram/webhook</c>.</summary>
    public string WebhookUrl { get; set; } = "";

    /// <summary>Secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c>; 1–256 chars of A-Z a-z 0-9 _ -.</summary>
    public string WebhookSecret { get; set; } = "";

    /// <summary>Long-poll timeout of getUpdates. Default 50 s; must stay below <see cref="HttpTimeout"/>.</summary>
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(50);

    /// <summary>Timeout of the HTTP client (covers a long poll). Default 80 s.</summary>
    public TimeSpan HttpTimeout { get; set; } = TimeSpan.FromSeconds(80);

    /// <summary>Longest wait for one send request before it counts as a timeout and is retried. Default 30 s.</summary>
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Updates per getUpdates call (1–100). Default 100.</summary>
    public int PollBatchSize { get; set; } = 100;

    /// <summary>First pause after a failed poll or start-up call; doubles up to <see cref="MaxErrorBackoff"/>. Default 1 s.</summary>
    public TimeSpan ErrorBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest pause between failed polls. Default 60 s.</summary>
    public TimeSpan MaxErrorBackoff { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Messages per second over all chats. Default 30.</summary>
    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>Messages per second to one private chat. Default 1.</summary>
    public int PrivateChatPerSecond { get; set; } = 1;

    /// <summary>Messages per minute to one group. Default 20.</summary>
    public int GroupChatPerMinute { get; set; } = 20;

    /// <summary>Send requests in flight at once. Default 32 (a reply waits for a free slot; the rate rules still pace).</summary>
    public int MaxConcurrency { get; set; } = 32;

    /// <summary>Register the command menus with setMyCommands: the defaults at start, each person's own after they write. Default true.</summary>
    public bool SetCommands { get; set; } = true;

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
}
