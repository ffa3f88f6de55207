namespace Bot.Host.Channels.Telegram;

/// <summary>What getMe told us about the bot: its @username decides which <c>/cmd@name</c> commands are ours.</summary>
internal sealed class TelegramBotInfo
{
    private volatile string? _username;

    public string? Username
    {
        get => _username;
        set => _username = value;
    }

    /// <summary>True when <paramref name="mention"/> (without @) names this bot; unknown until getMe succeeded.</summary>
    public bool IsMe(string mention) =>
        _username is { } me && string.Equals(me, mention, StringComparison.OrdinalIgnoreCase);
}
