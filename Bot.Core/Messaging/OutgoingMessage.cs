using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>One message the bot wants to send, in platform-neutral form. It always goes through the outbox.</summary>
public sealed record OutgoingMessage
{
    public required ChatAddress To { get; init; }

    public required string Text { get; init; }

    /// <summary>Rows of buttons.</summary>
    public IReadOnlyList<IReadOnlyList<Button>> Buttons { get; init; } = [];

    public OutgoingFile? File { get; init; }

    /// <summary>
    /// A photo to send by a reference that came in on the same channel (<see cref="IncomingMessage.Photo"/>); the text
    /// is its caption. A reference means nothing on another channel: see <see cref="Messenger.PhotoToPerson"/>.
    /// </summary>
    public string? PhotoRef { get; init; }

    public MessagePriority Priority { get; init; } = MessagePriority.Interactive;

    /// <summary>
    /// Optional unique key: a second message with the same key is not enqueued again. Broadcasts use
    /// one key per recipient so a resumed fan-out never sends anyone a second copy.
    /// </summary>
    public string? DedupeKey { get; init; }

    /// <summary>
    /// Messages with the same batch key and text may be sent in one platform call where the platform allows
    /// (WeCom message/send takes up to 1,000 user ids).
    /// </summary>
    public string? BatchKey { get; init; }

    /// <summary>Channel-specific reply token copied from the incoming message (see <see cref="IncomingMessage.ReplyToken"/>).</summary>
    public string? ReplyToken { get; init; }

    /// <summary>
    /// The language of <see cref="Text"/>, for the words a channel adds itself (WeCom renders buttons as "reply …"
    /// lines). Null: Simplified Chinese.
    /// </summary>
    public Texts.Language? Language { get; init; }

    public static OutgoingMessage Simple(ChatAddress to, string text) => new() { To = to, Text = text };
}
