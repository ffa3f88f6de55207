namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Which command menu each private chat was given (only chats given one of their own: everyone else sees the default
/// menu). Small: one row per person whose role or language differs from a resident's default.
/// </summary>
internal interface ITelegramMenuStore
{
    /// <summary>Every chat given a menu of its own: chat id → the menu's key (<c>role|language|fingerprint</c>).</summary>
    IReadOnlyDictionary<string, string> All();

    /// <summary>Records that <paramref name="chatId"/> was given the menu <paramref name="key"/>, replacing the earlier one.</summary>
    void Given(string chatId, string key, DateTime atUtc);

    /// <summary>The chat is back on the default menu; nothing happens when it had none of its own.</summary>
    void Removed(string chatId);
}
