namespace Bot.Core.Messaging;

/// <summary>Stored form of an incoming message. <see cref="Key"/> (channel + platform id) is unique.</summary>
public sealed class InboxRecord
{
    public long Id { get; set; }

    public string Key { get; set; } = "";

    public bool Handled { get; set; }

    public int Attempts { get; set; }

    public string Channel { get; set; } = "";

    public string ChatId { get; set; } = "";

    public ChatKind ChatKind { get; set; }

    public string? ThreadId { get; set; }

    public string SenderId { get; set; } = "";

    public string SenderName { get; set; } = "";

    public string? SenderHandle { get; set; }

    public string? Text { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? ButtonData { get; set; }

    public string? Photo { get; set; }

    public string PlatformMessageId { get; set; } = "";

    public DateTime ReceivedAtUtc { get; set; }

    public string? LanguageHint { get; set; }

    public string? ReplyToken { get; set; }

    public static InboxRecord From(IncomingMessage m) => new()
    {
        Key = $"{m.Channel}:{m.PlatformMessageId}",
        Channel = m.Channel,
        ChatId = TextSanitizer.Clean(m.Chat.ChatId)!,
        ChatKind = m.Chat.Kind,
        ThreadId = m.Chat.ThreadId,
        SenderId = TextSanitizer.Clean(m.SenderId)!,
        SenderName = TextSanitizer.Clean(m.SenderName)!,
        SenderHandle = TextSanitizer.Clean(m.SenderHandle),
        Text = TextSanitizer.Clean(m.Text),
        Latitude = m.Location?.Latitude,
        Longitude = m.Location?.Longitude,
        ButtonData = TextSanitizer.Clean(m.ButtonData),
        Photo = m.Photo,
        PlatformMessageId = m.PlatformMessageId,
        ReceivedAtUtc = m.ReceivedAt.UtcDateTime,
        LanguageHint = m.LanguageHint,
        ReplyToken = m.ReplyToken,
    };

    public IncomingMessage ToMessage() => new()
    {
        Chat = new ChatAddress(Channel, ChatId, ChatKind, ThreadId),
        SenderId = SenderId,
        SenderName = SenderName,
        SenderHandle = SenderHandle,
        Text = Text,
        Location = Latitude is { } lat && Longitude is { } lon ? new GeoPoint(lat, lon) : null,
        ButtonData = ButtonData,
        Photo = Photo,
        PlatformMessageId = PlatformMessageId,
        ReceivedAt = new DateTimeOffset(DateTime.SpecifyKind(ReceivedAtUtc, DateTimeKind.Utc)),
        LanguageHint = LanguageHint,
        ReplyToken = ReplyToken,
    };
}
