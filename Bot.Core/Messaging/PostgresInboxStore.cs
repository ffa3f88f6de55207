using System.Globalization;
using System.Text.Json;
using Bot.Core.Storage.Postgres;
using NpgsqlTypes;

namespace Bot.Core.Messaging;

/// <summary>
/// The inbox's storage on PostgreSQL (table <c>inbox</c>), for several hosts on one database: recording is
/// deduplicated by channel + platform message id (a unique key written with <c>ON CONFLICT DO NOTHING</c>, so a
/// message delivered again, or to two hosts at once, is stored once and never aborts the caller's transaction), and
/// <see cref="Take"/> hands a handling transaction the messages it may handle, locked until it ends, so that no other
/// host handles them and the handled mark commits with the handling (see <see cref="IInboxStore"/>).
/// </summary>
public sealed class PostgresInboxStore(PostgresDatabase db) : IInboxStore
{
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    /// <summary>Records the message; false when the same (channel, platform id) was recorded before.</summary>
    public bool TryAccept(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var record = InboxRecord.From(message);
        return _db.InTransaction(() =>
        {
            if (!Insert(record))
            {
                return false;
            }

            _db.Signal(InboxAccepted.Instance);
            return true;
        });
    }

    /// <summary>Records several messages in one transaction; returns how many were new.</summary>
    public int TryAcceptMany(IReadOnlyList<IncomingMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return _db.InTransaction(() => messages.Count(TryAccept));
    }

    /// <summary>
    /// Records a message that the caller handles in the same transaction: stored already marked handled. Returns the
    /// record, or null when the message was recorded before (then it must not be handled again).
    /// </summary>
    public InboxRecord? AcceptHandled(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var record = InboxRecord.From(message);
        record.Handled = true;
        return _db.InTransaction(() => Insert(record) ? record : null);
    }

    /// <summary>True when a recorded message waits to be handled.</summary>
    public bool HasPending() => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT EXISTS (SELECT 1 FROM inbox WHERE NOT handled)");
        return command.ExecuteScalar() is true;
    });

    /// <summary>
    /// For the calling handling transaction: up to <paramref name="limit"/> unhandled messages, the oldest of each chat
    /// whose messages no other transaction holds, in arrival order, locked until this transaction ends (other hosts skip
    /// them). Handle them and <see cref="MarkHandled"/> them in the same transaction; a chat's next message is offered
    /// once this one is handled, so each chat's messages are handled in order, by one host at a time.
    /// </summary>
    public IReadOnlyList<InboxRecord> Take(int limit)
    {
        if (!_db.InsideTransaction)
        {
            throw new InvalidOperationException("Inbox messages are taken inside the transaction that handles them (PostgresDatabase.InTransaction).");
        }

        using var command = _db.Command("""
            SELECT i.id, i.handled, i.attempts, i.body::text FROM inbox i
            WHERE NOT i.handled
              AND NOT EXISTS (SELECT 1 FROM inbox e WHERE NOT e.handled AND e.channel = i.channel AND e.chat_id = i.chat_id AND e.id < i.id)
            ORDER BY i.id
            LIMIT @n
            FOR UPDATE OF i SKIP LOCKED
            """);
        command.Parameters.AddWithValue("n", Math.Max(0, limit));
        using var reader = command.ExecuteReader();
        var records = new List<InboxRecord>();
        while (reader.Read())
        {
            var record = JsonSerializer.Deserialize<InboxRecord>(reader.GetString(3))!;
            record.Id = reader.GetInt64(0);
            record.Handled = reader.GetBoolean(1);
            record.Attempts = reader.GetInt32(2);
            record.ReceivedAtUtc = DateTime.SpecifyKind(record.ReceivedAtUtc, DateTimeKind.Utc);
            records.Add(record);
        }

        return records;
    }

    /// <summary>Marks the message handled; inside the handling transaction, it commits or rolls back with the handling.</summary>
    public void MarkHandled(InboxRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Handled = true;
        Execute("UPDATE inbox SET handled = true WHERE id = @id", record.Id);
    }

    /// <summary>Counts a failed attempt at handling (in its own transaction, after the handling one rolled back).</summary>
    public void RecordAttempt(InboxRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Attempts++;
        Execute("UPDATE inbox SET attempts = attempts + 1 WHERE id = @id", record.Id);
    }

    public int Count => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT count(*) FROM inbox");
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    });

    public int DeleteHandled(DateTime receivedBeforeUtc, int max) => _db.InTransaction(() =>
    {
        using var command = _db.Command("""
            DELETE FROM inbox WHERE id IN (
                SELECT id FROM inbox WHERE handled AND received_at < @before ORDER BY id LIMIT @max)
            """);
        command.Parameters.AddWithValue("before", DateTime.SpecifyKind(receivedBeforeUtc, DateTimeKind.Utc));
        command.Parameters.AddWithValue("max", Math.Max(0, max));
        return command.ExecuteNonQuery();
    });

    private bool Insert(InboxRecord record)
    {
        using var command = _db.Command("""
            INSERT INTO inbox (key, handled, attempts, channel, chat_id, received_at, body)
            VALUES (@key, @handled, @attempts, @channel, @chat, @at, @body)
            ON CONFLICT (key) DO NOTHING
            RETURNING id
            """);
        var p = command.Parameters;
        p.AddWithValue("key", record.Key);
        p.AddWithValue("handled", record.Handled);
        p.AddWithValue("attempts", record.Attempts);
        p.AddWithValue("channel", record.Channel);
        p.AddWithValue("chat", record.ChatId);
        p.AddWithValue("at", DateTime.SpecifyKind(record.ReceivedAtUtc, DateTimeKind.Utc));
        p.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(record));
        if (command.ExecuteScalar() is not long id)
        {
            return false;
        }

        record.Id = id;
        return true;
    }

    private void Execute(string sql, long id) => _db.InTransaction(() =>
    {
        using var command = _db.Command(sql);
        command.Parameters.AddWithValue("id", id);
        command.ExecuteNonQuery();
    });
}
