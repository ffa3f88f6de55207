namespace Bot.Core.Shifts;

/// <summary>The record that a reminder was dealt with, so it is never sent twice, also across restarts.</summary>
public sealed class ReminderLogEntry
{
    /// <summary><see cref="PlannedReminder.Key"/>, or summary:{community}:{date}.</summary>
    public string Id { get; set; } = "";

    public ReminderOutcome Outcome { get; set; }

    public DateTime DueAtUtc { get; set; }

    public DateTime HandledAtUtc { get; set; }
}
