namespace Bot.Core.Shifts;

/// <summary>Which reminders were dealt with (by key), so none is sent twice, also across restarts.</summary>
internal interface IShiftReminderLog
{
    bool IsLogged(string key);

    /// <summary>Records (or replaces) the outcome for <see cref="ReminderLogEntry.Id"/>.</summary>
    void Record(ReminderLogEntry entry);
}
