using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>The dispatcher's in-memory index entry for one pending outbox record.</summary>
internal sealed class OutboxEntry(OutboxRecord r)
{
    public long Id { get; } = r.Id;

    public MessagePriority Priority { get; } = r.Priority;

    public string ChatKey { get; } = $"{r.Channel}:{r.ChatId}";

    public ChatKind Kind { get; } = r.ChatKind;

    public string? BatchKey { get; } = r.BatchKey;

    public string Text { get; } = r.Text;

    public Texts.Language? Language { get; } = r.Language;

    /// <summary>
    /// The record as loaded, kept to send from: a record's content never changes once stored, so a send needs no
    /// read of the file. Not kept for a record with a file, whose bytes would sit in memory until it is sent.
    /// </summary>
    public OutboxRecord? Loaded { get; } = r.FileContent is null ? r : null;

    public DateTimeOffset NextAttempt { get; set; } = new(DateTime.SpecifyKind(r.NextAttemptAtUtc, DateTimeKind.Utc));

    public static readonly IComparer<OutboxEntry> Order = Comparer<OutboxEntry>.Create((a, b) =>
    {
        var c = a.Priority.CompareTo(b.Priority);
        return c != 0 ? c : a.Id.CompareTo(b.Id);
    });
}
