using System.Text.Json;
using Bot.Core.Storage.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Core.Shifts;

/// <summary>
/// Duty points and the roster in PostgreSQL (tables <c>duty_points</c> and <c>roster</c>): the looked-up fields are
/// columns, the record a JSON document. Lists are ordered as <see cref="IShiftStore"/> documents, in memory with
/// <see cref="ShiftQueries"/> like the LiteDB store, so both backends agree to the tie. A change to the roster itself
/// signals <see cref="RosterEntryChanged"/> on commit.
/// </summary>
internal sealed class PostgresShiftStore(PostgresDatabase db) : IShiftStore
{
    private const string RosterColumns = "id, body";
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    public DutyPoint? Point(string id) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT body FROM duty_points WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteScalar() is string body ? JsonSerializer.Deserialize<DutyPoint>(body) : null;
    });

    public IReadOnlyList<DutyPoint> Points(string communityId) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT body FROM duty_points WHERE community_id = @community");
        command.Parameters.AddWithValue("community", communityId);
        using var reader = command.ExecuteReader();
        var result = new List<DutyPoint>();
        while (reader.Read())
        {
            result.Add(JsonSerializer.Deserialize<DutyPoint>(reader.GetString(0))!);
        }

        return ShiftQueries.ByName(result);
    });

    public DutyPoint? FindPoint(string communityId, string text) => ShiftQueries.FindPoint(this, communityId, text);

    public bool SavePoint(DutyPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        point.Id = DutyPoint.KeyOf(point.CommunityId, point.Name);
        return _db.InTransaction(() =>
        {
            // xmax = 0 only on a row this statement inserted (an updated row carries the updating transaction).
            using var command = _db.Command("""
                INSERT INTO duty_points (id, community_id, body) VALUES (@id, @community, @body)
                ON CONFLICT (id) DO UPDATE SET community_id = excluded.community_id, body = excluded.body
                RETURNING xmax = 0
                """);
            command.Parameters.AddWithValue("id", point.Id);
            command.Parameters.AddWithValue("community", point.CommunityId);
            command.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(point));
            return command.ExecuteScalar() is true;
        });
    }

    public RosterEntry? Entry(long id) => _db.InTransaction(() =>
    {
        using var command = _db.Command($"SELECT {RosterColumns} FROM roster WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return ReadEntries(command).FirstOrDefault();
    });

    public RosterEntry? FindSame(string pointId, string date, string shift, string cadreId) => _db.InTransaction(() =>
    {
        using var command = _db.Command($"""
            SELECT {RosterColumns} FROM roster
            WHERE point_id = @point AND date = @date AND cadre_id = @cadre AND NOT cancelled ORDER BY id
            """);
        command.Parameters.AddWithValue("point", pointId);
        command.Parameters.AddWithValue("date", date);
        command.Parameters.AddWithValue("cadre", cadreId);
        return ReadEntries(command).FirstOrDefault(e => e.Shift == shift);
    });

    public void Add(RosterEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _db.InTransaction(() =>
        {
            var given = entry.Id != 0;
            if (!given)
            {
                using var next = _db.Command("SELECT nextval('roster_id_seq')");
                entry.Id = Convert.ToInt64(next.ExecuteScalar());
            }

            using var command = _db.Command("""
                INSERT INTO roster (id, community_id, point_id, cadre_id, date, cancelled, body)
                VALUES (@id, @community, @point, @cadre, @date, @cancelled, @body)
                """);
            Columns(command, entry);
            command.ExecuteNonQuery();
            if (given)
            {
                // An id the caller chose moves the sequence past it, so later ones never collide with it.
                using var bump = _db.Command("SELECT setval('roster_id_seq', @id) WHERE @id > (SELECT last_value FROM roster_id_seq)");
                bump.Parameters.AddWithValue("id", entry.Id);
                bump.ExecuteNonQuery();
            }

            _db.Signal(new RosterEntryChanged(entry.Id));
        });
    }

    public void Update(RosterEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        Save(entry);
    }

    public void UpdateRoster(RosterEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _db.InTransaction(() =>
        {
            Save(entry);
            _db.Signal(new RosterEntryChanged(entry.Id));
        });
    }

    public IReadOnlyList<RosterEntry> OfCadre(string cadreId) =>
        ShiftQueries.ByStart(Query("cadre_id = @p0 AND NOT cancelled", cadreId));

    public IReadOnlyList<RosterEntry> AtPoint(string pointId) =>
        ShiftQueries.ByStart(Query("point_id = @p0 AND NOT cancelled", pointId));

    public IReadOnlyList<RosterEntry> EndingAfter(DateTime fromUtc) =>
        // Like the LiteDB store: by the local start date (text), the exact test on the record's own end time in memory.
        ShiftQueries.ByStart(Query("date >= @p0 AND NOT cancelled", ShiftQueries.EndingAfterBound(fromUtc)).Where(e => e.EndUtc >= fromUtc));

    public IReadOnlyList<RosterEntry> Between(string fromDate, string toDate, string? communityId = null) =>
        ShiftQueries.ByDate(communityId is null
            ? Query("date >= @p0 AND date <= @p1 AND NOT cancelled", fromDate, toDate)
            : Query("date >= @p0 AND date <= @p1 AND community_id = @p2 AND NOT cancelled", fromDate, toDate, communityId));

    public RosterEntry? PreviousAt(RosterEntry current) => ShiftQueries.PreviousAt(this, current);

    private void Save(RosterEntry entry) => _db.InTransaction(() =>
    {
        using var command = _db.Command("""
            UPDATE roster SET community_id = @community, point_id = @point, cadre_id = @cadre, date = @date,
                cancelled = @cancelled, body = @body
            WHERE id = @id
            """);
        Columns(command, entry);
        command.ExecuteNonQuery();
    });

    /// <summary>The entries matching <paramref name="where"/> (parameters @p0, @p1, ... bound to <paramref name="values"/>).</summary>
    private List<RosterEntry> Query(string where, params string[] values) => _db.InTransaction(() =>
    {
        using var command = _db.Command($"SELECT {RosterColumns} FROM roster WHERE {where}");
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"p{i}", values[i]);
        }

        return ReadEntries(command);
    });

    private static void Columns(NpgsqlCommand command, RosterEntry entry)
    {
        command.Parameters.AddWithValue("id", entry.Id);
        command.Parameters.AddWithValue("community", entry.CommunityId);
        command.Parameters.AddWithValue("point", entry.PointId);
        command.Parameters.AddWithValue("cadre", entry.CadreId);
        command.Parameters.AddWithValue("date", entry.Date);
        command.Parameters.AddWithValue("cancelled", entry.Cancelled);
        command.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(entry));
    }

    private static List<RosterEntry> ReadEntries(NpgsqlCommand command)
    {
        using var reader = command.ExecuteReader();
        var result = new List<RosterEntry>();
        while (reader.Read())
        {
            var entry = JsonSerializer.Deserialize<RosterEntry>(reader.GetString(1))!;
            entry.Id = reader.GetInt64(0);
            result.Add(entry);
        }

        return result;
    }
}
