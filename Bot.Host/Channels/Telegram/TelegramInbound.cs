using Bot.Core.Messaging;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// What one Telegram update means for the bot: a message for the inbox, a callback query to answer, a group that moved
/// to a new id, or nothing (with the reason, for the debug log).
/// </summary>
internal sealed record TelegramInbound
{
    public IncomingMessage? Message { get; init; }

    /// <summary>Set for a button press: the query must be answered so the client stops its spinner.</summary>
    public string? CallbackQueryId { get; init; }

    /// <summary>Set when a group was upgraded to a supergroup (old id, new id).</summary>
    public (string OldChatId, string NewChatId)? Migration { get; init; }

    public string? Ignored { get; init; }

    public static TelegramInbound Ignore(string reason) => new() { Ignored = reason };
}
