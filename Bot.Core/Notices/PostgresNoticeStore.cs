using System.Globalization;
using System.Text.Json;
using Bot.Core.Storage.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Core.Notices;

/// <summary>
/// Notices and their recipients in PostgreSQL (tables <c>notices</c> and <c>notice_recipients</c>). Looked-up fields
/// are columns, the rest a JSON document. The recipient table's primary key (notice_id, person_id) makes "one record
/// per notice and person" hold across hosts: a resumed or concurrent fan-out inserts with ON CONFLICT DO NOTHING.
/// </summary>
internal sealed class PostgresNoticeStore(PostgresDatabase db) : INoticeStore
{
    /// <summary>Stored as a draft or scheduled: not sent or cancelled yet.</summary>
    private static readonly string Unsent = $"AND status IN ({(short)NoticeStatus.Draft}, {(short)NoticeStatus.Scheduled})";

    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    public Notice Add(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return _db.InTransaction(() =>
        {
            using var command = notice.Id == 0
                ? _db.Command("""
                    INSERT INTO notices (status, community_id, occurrence_key, body)
                    VALUES (@status, @community, @occurrence, @body) RETURNING id
                    """)
                : _db.Command("""
                    INSERT INTO notices (id, status, community_id, occurrence_key, body)
                    OVERRIDING SYSTEM VALUE VALUES (@id, @status, @community, @occurrence, @body) RETURNING id
                    """);
            if (notice.Id != 0)
            {
                command.Parameters.AddWithValue("id", notice.Id);
            }

            Columns(command, notice);
            notice.Id = Convert.ToInt32(command.ExecuteScalar());
            return notice;
        });
    }

    /// <summary>
    /// One insert that does nothing on a conflict with the unique index on <c>occurrence_key</c>: a second host adding
    /// the same occurrence waits for the first one's transaction and, once it commits, inserts nothing.
    /// </summary>
    public bool AddOccurrence(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.OccurrenceKey is null)
        {
            throw new ArgumentException("A recurring notice needs its occurrence key.", nameof(notice));
        }

        return _db.InTransaction(() =>
        {
            using var command = _db.Command("""
                INSERT INTO notices (status, community_id, occurrence_key, body)
                VALUES (@status, @community, @occurrence, @body)
                ON CONFLICT (occurrence_key) WHERE occurrence_key IS NOT NULL DO NOTHING
                RETURNING id
                """);
            Columns(command, notice);
            if (command.ExecuteScalar() is not int id)
            {
                return false;
            }

            notice.Id = id;
            return true;
        });
    }

    /// <summary>
    /// One conditional UPDATE (as are <see cref="MarkCancelled"/>, <see cref="SaveDraft"/> and
    /// <see cref="ClaimReminder"/>): a second host changing the same notice waits for the first one's row lock and, once
    /// that commits, finds the row no longer matching (READ COMMITTED re-checks the condition on the committed row).
    /// </summary>
    public bool MarkSent(Notice notice)
    {
        NoticeStoreGuard.Require(notice, NoticeStatus.Sent);
        return Save(notice, Unsent) == 1;
    }

    public bool MarkCancelled(Notice notice)
    {
        NoticeStoreGuard.Require(notice, NoticeStatus.Cancelled);
        return Save(notice, Unsent) == 1;
    }

    public bool SaveDraft(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return Save(notice, $"AND status = {(short)NoticeStatus.Draft}") == 1;
    }

    /// <summary>The stored reminder count is read from the document (it changes only together with the whole row).</summary>
    public bool ClaimReminder(Notice notice)
    {
        NoticeStoreGuard.Require(notice, NoticeStatus.Sent);
        var before = (notice.RemindCount - 1).ToString(CultureInfo.InvariantCulture);
        return Save(notice, $"AND status = {(short)NoticeStatus.Sent} AND (body->>'RemindCount')::int = {before}") == 1;
    }

    public void Update(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        Save(notice, "");
    }

    /// <summary>Overwrites the stored notice when <paramref name="condition"/> (SQL after its id) holds; returns the rows changed.</summary>
    private int Save(Notice notice, string condition) => _db.InTransaction(() =>
    {
        using var command = _db.Command($"""
            UPDATE notices SET status = @status, community_id = @community, occurrence_key = @occurrence, body = @body
            WHERE id = @id {condition}
            """);
        command.Parameters.AddWithValue("id", notice.Id);
        Columns(command, notice);
        return command.ExecuteNonQuery();
    });

    public Notice? Get(int id) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT id, body FROM notices WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return ReadNotices(command).FirstOrDefault();
    });

    public IReadOnlyList<Notice> WithStatus(NoticeStatus status) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT id, body FROM notices WHERE status = @status ORDER BY id");
        command.Parameters.AddWithValue("status", (short)status);
        return ReadNotices(command);
    });

    public bool OccurrenceExists(string key) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT EXISTS (SELECT 1 FROM notices WHERE occurrence_key = @key)");
        command.Parameters.AddWithValue("key", key);
        return command.ExecuteScalar() is true;
    });

    /// <remarks>
    /// Read a page at a time, and filtered only once the page is read: <paramref name="filter"/> may query this store
    /// (as the acknowledgement does), which on the transaction's one connection cannot run while a reader is open.
    /// </remarks>
    public IReadOnlyList<Notice> Recent(string? communityId, int count, Func<Notice, bool>? filter = null) => _db.InTransaction(() =>
    {
        var result = new List<Notice>();
        var page = Math.Max(count, 1);
        var before = int.MaxValue;
        while (result.Count < count)
        {
            using var command = _db.Command("""
                SELECT id, body FROM notices
                WHERE (@community::text IS NULL OR community_id = @community OR community_id = @all) AND id < @before
                ORDER BY id DESC
                LIMIT @page
                """);
            command.Parameters.Add(new NpgsqlParameter("community", NpgsqlDbType.Text) { Value = (object?)communityId ?? DBNull.Value });
            command.Parameters.AddWithValue("all", Notice.AllCommunities);
            command.Parameters.AddWithValue("before", before);
            command.Parameters.AddWithValue("page", page);
            var notices = ReadNotices(command);
            result.AddRange(notices.Where(n => filter is null || filter(n)).Take(count - result.Count));
            if (notices.Count < page)
            {
                break;
            }

            before = notices[^1].Id;
        }

        return result;
    });

    public IReadOnlyList<NoticeRecipient> Recipients(int noticeId) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT body FROM notice_recipients WHERE notice_id = @n ORDER BY person_id COLLATE \"C\"");
        command.Parameters.AddWithValue("n", noticeId);
        using var reader = command.ExecuteReader();
        var result = new List<NoticeRecipient>();
        while (reader.Read())
        {
            result.Add(ReadRecipient(reader.GetString(0)));
        }

        return result;
    });

    public NoticeRecipient? Recipient(int noticeId, string personId) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT body FROM notice_recipients WHERE notice_id = @n AND person_id = @p");
        command.Parameters.AddWithValue("n", noticeId);
        command.Parameters.AddWithValue("p", personId);
        return command.ExecuteScalar() is string body ? ReadRecipient(body) : null;
    });

    public int AddRecipients(IEnumerable<NoticeRecipient> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        return _db.InTransaction(() =>
        {
            var added = 0;
            foreach (var r in recipients)
            {
                r.Id = NoticeRecipient.KeyOf(r.NoticeId, r.PersonId);
                using var command = _db.Command("""
                    INSERT INTO notice_recipients (notice_id, person_id, body) VALUES (@n, @p, @body)
                    ON CONFLICT (notice_id, person_id) DO NOTHING
                    """);
                RecipientColumns(command, r);
                added += command.ExecuteNonQuery();
            }

            return added;
        });
    }

    public void SaveRecipient(NoticeRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        recipient.Id = NoticeRecipient.KeyOf(recipient.NoticeId, recipient.PersonId);
        _db.InTransaction(() =>
        {
            using var command = _db.Command("""
                INSERT INTO notice_recipients (notice_id, person_id, body) VALUES (@n, @p, @body)
                ON CONFLICT (notice_id, person_id) DO UPDATE SET body = excluded.body
                """);
            RecipientColumns(command, recipient);
            command.ExecuteNonQuery();
        });
    }

    private static void Columns(NpgsqlCommand command, Notice notice)
    {
        command.Parameters.AddWithValue("status", (short)notice.Status);
        command.Parameters.AddWithValue("community", notice.CommunityId);
        command.Parameters.Add(new NpgsqlParameter("occurrence", NpgsqlDbType.Text) { Value = (object?)notice.OccurrenceKey ?? DBNull.Value });
        command.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(notice));
    }

    private static void RecipientColumns(NpgsqlCommand command, NoticeRecipient recipient)
    {
        command.Parameters.AddWithValue("n", recipient.NoticeId);
        command.Parameters.AddWithValue("p", recipient.PersonId);
        command.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(recipient));
    }

    private static List<Notice> ReadNotices(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        var result = new List<Notice>();
        while (reader.Read())
        {
            result.Add(ReadNotice(reader.GetInt32(0), reader.GetString(1)));
        }

        return result;
    }

    private static Notice ReadNotice(int id, string body)
    {
        var notice = JsonSerializer.Deserialize<Notice>(body)!;
        notice.Id = id;
        return notice;
    }

    private static NoticeRecipient ReadRecipient(string body) => JsonSerializer.Deserialize<NoticeRecipient>(body)!;
}
