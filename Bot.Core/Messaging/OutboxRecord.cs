using System.Text.Json;
using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>Stored form of an outgoing message and its delivery state.</summary>
public sealed class OutboxRecord
{
    public long Id { get; set; }

    /// <summary>Unique; defaults to a fresh value when the message has no dedupe key.</summary>
    public string DedupeKey { get; set; } = "";

    /// <summary>The channel name while pending, empty once finished: the dispatcher's index.</summary>
    public string Queue { get; set; } = "";

    public OutboxStatus Status { get; set; }

    public int Attempts { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    public DateTime NextAttemptAtUtc { get; set; }

    public DateTime? SentAtUtc { get; set; }

    public string? LastError { get; set; }

    public string Channel { get; set; } = "";

    public string ChatId { get; set; } = "";

    public ChatKind ChatKind { get; set; }

    public string? ThreadId { get; set; }

    public string Text { get; set; } = "";

    public string? ButtonsJson { get; set; }

    public string? FileName { get; set; }

    public string? FileContentType { get; set; }

    public byte[]? FileContent { get; set; }

    public string? PhotoRef { get; set; }

    public MessagePriority Priority { get; set; }

    public string? BatchKey { get; set; }

    public string? ReplyToken { get; set; }

    public Texts.Language? Language { get; set; }

    public static OutboxRecord From(OutgoingMessage m, string text, string dedupeKey, DateTime nowUtc) => new()
    {
        DedupeKey = dedupeKey,
        Queue = m.To.Channel,
        Status = OutboxStatus.Pending,
        CreatedAtUtc = nowUtc,
        NextAttemptAtUtc = nowUtc,
        Channel = m.To.Channel,
        ChatId = m.To.ChatId,
        ChatKind = m.To.Kind,
        ThreadId = m.To.ThreadId,
        Text = TextSanitizer.Clean(text)!,
        ButtonsJson = m.Buttons.Count == 0 ? null : JsonSerializer.Serialize(m.Buttons),
        FileName = m.File?.FileName,
        FileContentType = m.File?.ContentType,
        FileContent = m.File?.Content,
        PhotoRef = m.PhotoRef,
        Priority = m.Priority,
        BatchKey = m.BatchKey,
        ReplyToken = m.ReplyToken,
        Language = m.Language,
    };

    public OutgoingMessage ToMessage() => new()
    {
        To = new ChatAddress(Channel, ChatId, ChatKind, ThreadId),
        Text = Text,
        Buttons = ButtonsJson is null
            ? []
            : JsonSerializer.Deserialize<List<List<Button>>>(ButtonsJson)!.Select(r => (IReadOnlyList<Button>)r).ToList(),
        File = FileName is null ? null : new OutgoingFile(FileName, FileContentType ?? "application/octet-stream", FileContent ?? []),
        PhotoRef = PhotoRef,
        Priority = Priority,
        DedupeKey = DedupeKey,
        BatchKey = BatchKey,
        ReplyToken = ReplyToken,
        Language = Language,
    };
}
