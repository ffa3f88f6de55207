using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Shifts;

/// <summary>The reminder log in LiteDB (collection "shift_reminders", keyed by reminder key).</summary>
internal sealed class LiteDbShiftReminderLog : IShiftReminderLog
{
    private readonly BotDatabase _db;
    private readonly ILiteCollection<ReminderLogEntry> _log;

    public LiteDbShiftReminderLog(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _log = db.Collection<ReminderLogEntry>("shift_reminders");
    }

    public bool IsLogged(string key) => Entry(key) is not null;

    public ReminderLogEntry? Entry(string key) => _log.FindOne(Expressions.ById(key));

    /// <summary>
    /// One file, one host: the look-up and the insert in one transaction. Two threads claiming the same key at once
    /// cannot both record it (the second insert fails on the key and rolls its transaction back).
    /// </summary>
    public bool TryClaim(ReminderLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _db.InTransaction(() =>
        {
            if (IsLogged(entry.Id))
            {
                return false;
            }

            _log.Insert(entry);
            return true;
        });
    }

    public void Record(ReminderLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _log.Upsert(entry);
    }
}
