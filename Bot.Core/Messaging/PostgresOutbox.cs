using System.Globalization;
using Bot.Core.Storage.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Core.Messaging;

/// <summary>
/// The outbox in PostgreSQL (table <c>outbox</c>), shared by every host on the database; the same contract as
/// <see cref="LiteDbOutbox"/> (see <see cref="IOutboxStore"/>). Dedupe keys are a unique column written with
/// <c>ON CONFLICT DO NOTHING</c>, so a duplicate neither fails nor aborts the caller's transaction, and two hosts
/// enqueueing the same key store it once. Claims on a channel take a transaction-scoped advisory lock for that channel
/// (so two claimers never both see a chat as free) and lock the rows they take with <c>FOR UPDATE SKIP LOCKED</c>.
/// </summary>
public sealed class PostgresOutbox : IOutboxStore
{
    /// <summary>The advisory lock class of the per-channel claim locks ("dbt2"; the object is the channel's hash).</summary>
    public const int ClaimLockClass = 0x64627432;

    private const string Columns = """
        id, dedupe_key, queue, status, priority, attempts, created_at, next_attempt_at, sent_at, last_error,
        channel, chat_id, chat_kind, thread_id, text, buttons_json, file_name, file_content_type, file_content,
        photo_ref, batch_key, reply_token, language
        """;

    private readonly PostgresDatabase _db;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, int> _maxLength;

    public PostgresOutbox(PostgresDatabase db, TimeProvider time, IEnumerable<ChannelLimits> limits)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(limits);
        _db = db;
        _time = time;
        _maxLength = limits.ToDictionary(l => l.Channel, l => l.MaxTextLength);
    }

    public bool Enqueue(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = _time.GetUtcNow().UtcDateTime;
        var key = message.DedupeKey ?? Guid.NewGuid().ToString("N");
        var parts = _maxLength.TryGetValue(message.To.Channel, out var max) && max > 0
            ? TextSplitter.Split(message.Text, max)
            : [message.Text];
        return _db.InTransaction(() =>
        {
            var stored = new List<OutboxRecord>(parts.Count);
            for (var i = 0; i < parts.Count; i++)
            {
                // Buttons, files and photos belong to the last part, so they sit under the end of the text.
                var last = i == parts.Count - 1;
                var part = last ? message : message with { Buttons = [], File = null, PhotoRef = null };
                var record = OutboxRecord.From(part, parts[i], i == 0 ? key : $"{key}#{i}", now);
                if (Insert(record) is not { } id)
                {
                    return false;
                }

                record.Id = id;
                stored.Add(record);
            }

            _db.Signal(new OutboxStored(message.To.Channel, stored));
            return true;
        });
    }

    public bool Exists(string dedupeKey) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT EXISTS (SELECT 1 FROM outbox WHERE dedupe_key = @k)");
        command.Parameters.AddWithValue("k", dedupeKey);
        return command.ExecuteScalar() is true;
    });

    public IReadOnlyList<OutboxRecord> Pending(string channel) => Query(
        $"SELECT {Columns} FROM outbox WHERE queue = @q ORDER BY id", c => c.Parameters.AddWithValue("q", channel));

    public OutboxRecord? Find(long id) => Query(
        $"SELECT {Columns} FROM outbox WHERE id = @id", c => c.Parameters.AddWithValue("id", id)).FirstOrDefault();

    public int PendingCount(string channel) => Count("SELECT count(*) FROM outbox WHERE queue = @q", c => c.Parameters.AddWithValue("q", channel));

    public int PendingCount() => Count("SELECT count(*) FROM outbox WHERE queue <> ''", _ => { });

    public IReadOnlyList<OutboxRecord> Claim(string channel, string claimant, int max, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrEmpty(claimant);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var now = _time.GetUtcNow().UtcDateTime;
        return _db.InTransaction(() =>
        {
            using (var gate = _db.Command("SELECT pg_advisory_xact_lock(@class, hashtext(@q))"))
            {
                gate.Parameters.AddWithValue("class", ClaimLockClass);
                gate.Parameters.AddWithValue("q", channel);
                gate.ExecuteNonQuery();
            }

            // Each chat's first pending message in send order; offered when due and nothing of its chat is claimed.
            var claimed = Query($"""
                WITH heads AS (
                    SELECT DISTINCT ON (chat_id) id FROM outbox WHERE queue = @q ORDER BY chat_id, priority, id
                ), picked AS (
                    SELECT o.id FROM outbox o JOIN heads h ON h.id = o.id
                    WHERE o.queue = @q AND o.next_attempt_at <= @now
                      AND NOT EXISTS (SELECT 1 FROM outbox c WHERE c.queue = @q AND c.chat_id = o.chat_id AND c.claimed_until > @now)
                    ORDER BY o.priority, o.id
                    LIMIT @max
                    FOR UPDATE OF o SKIP LOCKED
                )
                UPDATE outbox SET claimed_by = @by, claimed_until = @until FROM picked WHERE outbox.id = picked.id
                RETURNING {Prefixed("outbox.")}
                """, c =>
            {
                c.Parameters.AddWithValue("q", channel);
                c.Parameters.AddWithValue("now", now);
                c.Parameters.AddWithValue("max", max);
                c.Parameters.AddWithValue("by", claimant);
                c.Parameters.AddWithValue("until", now + lease);
            });
            return (IReadOnlyList<OutboxRecord>)claimed.OrderBy(r => r.Priority).ThenBy(r => r.Id).ToList();
        });
    }

    public int RenewClaims(string channel, string claimant, IReadOnlyCollection<long> ids, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrEmpty(claimant);
        ArgumentNullException.ThrowIfNull(ids);
        var until = _time.GetUtcNow().UtcDateTime + lease;
        return _db.InTransaction(() =>
        {
            // No claim lock needed: a claimer taking one of these rows over locks it first, and once it commits the
            // row is no longer ours (an ended claim has no claimant either).
            using var command = _db.Command("UPDATE outbox SET claimed_until = @until WHERE id = ANY(@ids) AND queue = @q AND claimed_by = @by");
            command.Parameters.AddWithValue("ids", ids.ToArray());
            command.Parameters.AddWithValue("until", until);
            command.Parameters.AddWithValue("q", channel);
            command.Parameters.AddWithValue("by", claimant);
            return command.ExecuteNonQuery();
        });
    }

    public void MarkSent(OutboxRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Status = OutboxStatus.Sent;
        record.Queue = "";
        record.SentAtUtc = _time.GetUtcNow().UtcDateTime;
        record.Attempts++;
        Update(record);
    }

    public void MarkFailed(OutboxRecord record, string error)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Status = OutboxStatus.Failed;
        record.Queue = "";
        record.LastError = error;
        record.Attempts++;
        Update(record);
    }

    public void Reschedule(OutboxRecord record, DateTime nextAttemptUtc, string error, bool countAttempt)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.NextAttemptAtUtc = nextAttemptUtc;
        record.LastError = error;
        if (countAttempt)
        {
            record.Attempts++;
        }

        Update(record);
    }

    public IReadOnlyList<OutboxRecord> All() => Query($"SELECT {Columns} FROM outbox ORDER BY id", _ => { });

    public void InTransaction(Action work) => _db.InTransaction(work);

    public int DeleteFinished(DateTime createdBeforeUtc, int max) => _db.InTransaction(() =>
    {
        using var command = _db.Command("""
            DELETE FROM outbox WHERE id IN (
                SELECT id FROM outbox WHERE queue = '' AND created_at < @before ORDER BY id LIMIT @max)
            """);
        command.Parameters.AddWithValue("before", DateTime.SpecifyKind(createdBeforeUtc, DateTimeKind.Utc));
        command.Parameters.AddWithValue("max", Math.Max(0, max));
        return command.ExecuteNonQuery();
    });

    private long? Insert(OutboxRecord r)
    {
        using var command = _db.Command("""
            INSERT INTO outbox (dedupe_key, queue, status, priority, attempts, created_at, next_attempt_at, sent_at, last_error,
                channel, chat_id, chat_kind, thread_id, text, buttons_json, file_name, file_content_type, file_content,
                photo_ref, batch_key, reply_token, language)
            VALUES (@dedupe_key, @queue, @status, @priority, @attempts, @created_at, @next_attempt_at, @sent_at, @last_error,
                @channel, @chat_id, @chat_kind, @thread_id, @text, @buttons_json, @file_name, @file_content_type, @file_content,
                @photo_ref, @batch_key, @reply_token, @language)
            ON CONFLICT (dedupe_key) DO NOTHING
            RETURNING id
            """);
        var p = command.Parameters;
        p.AddWithValue("dedupe_key", r.DedupeKey);
        p.AddWithValue("queue", r.Queue);
        p.AddWithValue("status", (short)r.Status);
        p.AddWithValue("priority", (short)r.Priority);
        p.AddWithValue("attempts", r.Attempts);
        p.AddWithValue("created_at", Utc(r.CreatedAtUtc));
        p.AddWithValue("next_attempt_at", Utc(r.NextAttemptAtUtc));
        p.AddWithValue("sent_at", NpgsqlDbType.TimestampTz, r.SentAtUtc is { } sent ? Utc(sent) : DBNull.Value);
        p.AddWithValue("last_error", NpgsqlDbType.Text, (object?)r.LastError ?? DBNull.Value);
        p.AddWithValue("channel", r.Channel);
        p.AddWithValue("chat_id", r.ChatId);
        p.AddWithValue("chat_kind", (short)r.ChatKind);
        p.AddWithValue("thread_id", NpgsqlDbType.Text, (object?)r.ThreadId ?? DBNull.Value);
        p.AddWithValue("text", r.Text);
        p.AddWithValue("buttons_json", NpgsqlDbType.Text, (object?)r.ButtonsJson ?? DBNull.Value);
        p.AddWithValue("file_name", NpgsqlDbType.Text, (object?)r.FileName ?? DBNull.Value);
        p.AddWithValue("file_content_type", NpgsqlDbType.Text, (object?)r.FileContentType ?? DBNull.Value);
        p.AddWithValue("file_content", NpgsqlDbType.Bytea, (object?)r.FileContent ?? DBNull.Value);
        p.AddWithValue("photo_ref", NpgsqlDbType.Text, (object?)r.PhotoRef ?? DBNull.Value);
        p.AddWithValue("batch_key", NpgsqlDbType.Text, (object?)r.BatchKey ?? DBNull.Value);
        p.AddWithValue("reply_token", NpgsqlDbType.Text, (object?)r.ReplyToken ?? DBNull.Value);
        p.AddWithValue("language", NpgsqlDbType.Smallint, r.Language is { } l ? (short)l : DBNull.Value);
        return command.ExecuteScalar() is long id ? id : null;
    }

    private void Update(OutboxRecord r) => _db.InTransaction(() =>
    {
        // What a send's outcome changes; the message itself never changes once stored. Every outcome ends the claim.
        using var command = _db.Command("""
            UPDATE outbox SET status = @status, queue = @queue, attempts = @attempts, next_attempt_at = @next_attempt_at,
                sent_at = @sent_at, last_error = @last_error, claimed_by = NULL, claimed_until = NULL
            WHERE id = @id
            """);
        var p = command.Parameters;
        p.AddWithValue("id", r.Id);
        p.AddWithValue("status", (short)r.Status);
        p.AddWithValue("queue", r.Queue);
        p.AddWithValue("attempts", r.Attempts);
        p.AddWithValue("next_attempt_at", Utc(r.NextAttemptAtUtc));
        p.AddWithValue("sent_at", NpgsqlDbType.TimestampTz, r.SentAtUtc is { } sent ? Utc(sent) : DBNull.Value);
        p.AddWithValue("last_error", NpgsqlDbType.Text, (object?)r.LastError ?? DBNull.Value);
        command.ExecuteNonQuery();
    });

    private List<OutboxRecord> Query(string sql, Action<NpgsqlCommand> parameters) => _db.InTransaction(() =>
    {
        using var command = _db.Command(sql);
        parameters(command);
        using var reader = command.ExecuteReader();
        var records = new List<OutboxRecord>();
        while (reader.Read())
        {
            records.Add(Read(reader));
        }

        return records;
    });

    private int Count(string sql, Action<NpgsqlCommand> parameters) => _db.InTransaction(() =>
    {
        using var command = _db.Command(sql);
        parameters(command);
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    });

    private static string Prefixed(string prefix) =>
        string.Join(", ", Columns.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(c => prefix + c));

    private static OutboxRecord Read(NpgsqlDataReader r) => new()
    {
        Id = r.GetInt64(0),
        DedupeKey = r.GetString(1),
        Queue = r.GetString(2),
        Status = (OutboxStatus)r.GetInt16(3),
        Priority = (MessagePriority)r.GetInt16(4),
        Attempts = r.GetInt32(5),
        CreatedAtUtc = r.GetFieldValue<DateTime>(6),
        NextAttemptAtUtc = r.GetFieldValue<DateTime>(7),
        SentAtUtc = r.IsDBNull(8) ? null : r.GetFieldValue<DateTime>(8),
        LastError = r.IsDBNull(9) ? null : r.GetString(9),
        Channel = r.GetString(10),
        ChatId = r.GetString(11),
        ChatKind = (ChatKind)r.GetInt16(12),
        ThreadId = r.IsDBNull(13) ? null : r.GetString(13),
        Text = r.GetString(14),
        ButtonsJson = r.IsDBNull(15) ? null : r.GetString(15),
        FileName = r.IsDBNull(16) ? null : r.GetString(16),
        FileContentType = r.IsDBNull(17) ? null : r.GetString(17),
        FileContent = r.IsDBNull(18) ? null : r.GetFieldValue<byte[]>(18),
        PhotoRef = r.IsDBNull(19) ? null : r.GetString(19),
        BatchKey = r.IsDBNull(20) ? null : r.GetString(20),
        ReplyToken = r.IsDBNull(21) ? null : r.GetString(21),
        Language = r.IsDBNull(22) ? null : (Texts.Language)r.GetInt16(22),
    };

    // Stored dates are UTC (as in LiteDB); Npgsql writes timestamptz only from a UTC DateTime.
    private static DateTime Utc(DateTime value) => value.Kind == DateTimeKind.Utc ? value : DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
