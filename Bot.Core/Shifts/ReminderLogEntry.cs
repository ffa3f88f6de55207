namespace Bot.Core.Shifts;

/// <summary>The record that a reminder was dealt with, so it is never sent twice, also across restarts.</summary>
internal sealed class ReminderLogEntry
{
    private DateTime _handledAtUtc;
    private DateTime _dueAtUtc;

    /// <summary><see cref="PlannedReminder.Key"/>, or summary:{community}:{date}.</summary>
    public string Id { get; set; } = "";

    public ReminderOutcome Outcome { get; set; }

    public DateTime DueAtUtc
    {
        get => _dueAtUtc;
        set => _dueAtUtc = UtcTime.Of(value);
    }

    public DateTime HandledAtUtc
    {
        get => _handledAtUtc;
        set => _handledAtUtc = UtcTime.Of(value);
    }
}
