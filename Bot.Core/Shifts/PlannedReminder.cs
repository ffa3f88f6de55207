namespace Bot.Core.Shifts;

/// <summary>When one reminder of a roster entry falls due, and until when sending it late is still useful.</summary>
internal sealed record PlannedReminder(long EntryId, ShiftReminderKind Kind, DateTime AtUtc, DateTime UsefulUntilUtc)
{
    /// <summary>The outbox dedupe key and the reminder log's id: a reminder is sent at most once, also across restarts.</summary>
    public string Key => KeyOf(EntryId, Kind);

    public static string KeyOf(long entryId, ShiftReminderKind kind) => $"shift:{entryId}:{kind.ToString().ToLowerInvariant()}";
}
