namespace Bot.Core.Shifts;

/// <summary>
/// Which reminders were dealt with (by key), so none is sent twice, also across restarts and hosts. A reminder is
/// claimed before anything is sent for it: <see cref="TryClaim"/> records it only if nobody has, and only the caller it
/// says won goes on to send; the claim is part of the caller's transaction, so a rolled-back attempt frees the key.
/// </summary>
internal interface IShiftReminderLog
{
    bool IsLogged(string key);

    /// <summary>The record for <paramref name="key"/>, or null when the reminder was not dealt with.</summary>
    ReminderLogEntry? Entry(string key);

    /// <summary>
    /// Records <paramref name="entry"/> unless its <see cref="ReminderLogEntry.Id"/> is logged already; true when this
    /// caller recorded it (won the reminder), false when it was logged before (by this or another host). On a shared
    /// database a concurrent claim of the same key waits for the first claimer's transaction and then loses, or wins if
    /// that one rolled back.
    /// </summary>
    bool TryClaim(ReminderLogEntry entry);

    /// <summary>Records (or replaces) the outcome for <see cref="ReminderLogEntry.Id"/>: the claimer's final word.</summary>
    void Record(ReminderLogEntry entry);
}
