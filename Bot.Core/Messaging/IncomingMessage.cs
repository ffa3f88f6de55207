namespace Bot.Core.Messaging;

/// <summary>
/// One message from a person, in platform-neutral form. Channel adapters build it; feature code only ever sees this.
/// </summary>
public sealed record IncomingMessage
{
    /// <summary>The chat the message was written in.</summary>
    public required ChatAddress Chat { get; init; }

    /// <summary>The platform's id for the sender (Telegram user id, WeCom userid, console name).</summary>
    public required string SenderId { get; init; }

    /// <summary>How the sender is called on the platform.</summary>
    public string SenderName { get; init; } = "";

    /// <summary>Optional handle, such as a Telegram @username, used to link imported people.</summary>
    public string? SenderHandle { get; init; }

    /// <summary>The text written, or null for a pure location or button press.</summary>
    public string? Text { get; init; }

    public GeoPoint? Location { get; init; }

    /// <summary>
    /// A photo sent with the message, as the channel's own file reference (Telegram file_id of the largest size,
    /// WeCom MediaId, a console name). Only valid on <see cref="Channel"/>; the caption, if any, is <see cref="Text"/>.
    /// </summary>
    public string? Photo { get; init; }

    /// <summary>Data of a pressed button, when the message is a button press.</summary>
    public string? ButtonData { get; init; }

    /// <summary>The platform's id of this message, unique per channel; the inbox deduplicates on it.</summary>
    public required string PlatformMessageId { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    /// <summary>Platform language hint such as Telegram's language_code, if any.</summary>
    public string? LanguageHint { get; init; }

    /// <summary>
    /// A channel-specific token a reply can use (a WeCom intelligent-bot response_url). Opaque to features.
    /// </summary>
    public string? ReplyToken { get; init; }

    public string Channel => Chat.Channel;

    public bool IsPrivate => Chat.Kind == ChatKind.Private;
}
