using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Shifts;

/// <summary>The reminder log in LiteDB (collection "shift_reminders", keyed by reminder key).</summary>
internal sealed class LiteDbShiftReminderLog : IShiftReminderLog
{
    private readonly ILiteCollection<ReminderLogEntry> _log;

    public LiteDbShiftReminderLog(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _log = db.Collection<ReminderLogEntry>("shift_reminders");
    }

    public bool IsLogged(string key) => _log.FindOne(Expressions.ById(key)) is not null;

    public void Record(ReminderLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _log.Upsert(entry);
    }
}
