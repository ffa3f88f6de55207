using Bot.Core.Storage.Postgres;
using Npgsql;

namespace Bot.Core.Shifts;

/// <summary>
/// The reminder log in PostgreSQL (table <c>shift_reminders</c>, keyed by reminder key). A claim is an insert that
/// does nothing on a taken key: the primary key makes exactly one host win a reminder, however many fire it at once.
/// </summary>
internal sealed class PostgresShiftReminderLog(PostgresDatabase db) : IShiftReminderLog
{
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    public bool IsLogged(string key) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT EXISTS (SELECT 1 FROM shift_reminders WHERE key = @key)");
        command.Parameters.AddWithValue("key", key);
        return command.ExecuteScalar() is true;
    });

    public ReminderLogEntry? Entry(string key) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT key, outcome, due_at, handled_at FROM shift_reminders WHERE key = @key");
        command.Parameters.AddWithValue("key", key);
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new ReminderLogEntry
            {
                Id = reader.GetString(0),
                Outcome = (ReminderOutcome)reader.GetInt16(1),
                DueAtUtc = reader.GetFieldValue<DateTime>(2),
                HandledAtUtc = reader.GetFieldValue<DateTime>(3),
            }
            : null;
    });

    public bool TryClaim(ReminderLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return _db.InTransaction(() =>
        {
            using var command = _db.Command("""
                INSERT INTO shift_reminders (key, outcome, due_at, handled_at) VALUES (@key, @outcome, @due, @handled)
                ON CONFLICT (key) DO NOTHING
                """);
            Columns(command, entry);
            return command.ExecuteNonQuery() == 1;
        });
    }

    public void Record(ReminderLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _db.InTransaction(() =>
        {
            using var command = _db.Command("""
                INSERT INTO shift_reminders (key, outcome, due_at, handled_at) VALUES (@key, @outcome, @due, @handled)
                ON CONFLICT (key) DO UPDATE SET outcome = excluded.outcome, due_at = excluded.due_at, handled_at = excluded.handled_at
                """);
            Columns(command, entry);
            command.ExecuteNonQuery();
        });
    }

    private static void Columns(NpgsqlCommand command, ReminderLogEntry entry)
    {
        command.Parameters.AddWithValue("key", entry.Id);
        command.Parameters.AddWithValue("outcome", (short)entry.Outcome);
        command.Parameters.AddWithValue("due", entry.DueAtUtc);
        command.Parameters.AddWithValue("handled", entry.HandledAtUtc);
    }
}
