using Bot.Core.Storage.Postgres;
using NpgsqlTypes;

namespace Bot.Core.Messaging;

/// <summary>
/// The permit log in PostgreSQL (table <c>rate_permits</c>: one row per permit, with its channel, key, time and expiry),
/// shared by every host on the database, so a channel's limits hold for the platform account as a whole. A take runs
/// in one short transaction under a transaction-scoped advisory lock for the channel (<see cref="TakeLockClass"/>):
/// two hosts' takes on one channel are serialised, and each sees every permit the other took. Times come from the
/// caller; expired permits are deleted at most once per <see cref="SweepInterval"/> of the caller's time per channel.
/// </summary>
public sealed class PostgresRateLedger(PostgresDatabase db) : IRateLedger
{
    /// <summary>The advisory lock class of the per-channel take locks ("dbt3"; the object is the channel's hash).</summary>
    public const int TakeLockClass = 0x64627433;

    /// <summary>How often (in the callers' time) one ledger deletes a channel's expired permits.</summary>
    public static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly Dictionary<string, DateTimeOffset> _nextSweep = new();

    public RateTake TryTake(string channel, IReadOnlyList<(string Key, RateRule Rule)> checks, DateTimeOffset now) =>
        TryTakeEach(channel, [checks], now)[0];

    public IReadOnlyList<RateTake> TryTakeEach(string channel, IReadOnlyList<IReadOnlyList<(string Key, RateRule Rule)>> takes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(takes);
        var results = Enumerable.Repeat(RateTake.Granted(now), takes.Count).ToArray();
        var open = Enumerable.Range(0, takes.Count).Where(i => takes[i].Count > 0).ToList();
        if (open.Count == 0)
        {
            return results;
        }

        // Takes of distinct keys (a batch's chats) cannot affect one another: one statement decides them all. Takes that
        // share a key go one statement each, in turn.
        var keys = open.SelectMany(i => takes[i].Select(c => c.Key)).ToList();
        List<List<int>> rounds = keys.Distinct(StringComparer.Ordinal).Count() == keys.Count ? [open] : open.Select(i => new List<int> { i }).ToList();
        var sweep = SweepDue(channel, now);
        db.InTransaction(() =>
        {
            for (var r = 0; r < rounds.Count; r++)
            {
                Take(channel, takes, rounds[r], now, first: r == 0, sweep: r == 0 && sweep, results);
            }
        });
        return results;
    }

    private void Take(string channel, IReadOnlyList<IReadOnlyList<(string Key, RateRule Rule)>> takes, List<int> round, DateTimeOffset now,
        bool first, bool sweep, RateTake[] results)
    {
        // The lock is a statement of its own: the statements after it read what the previous holder committed.
        using var command = db.Command($"""
            {(first ? "SELECT pg_advisory_xact_lock(@class, hashtext(@channel));" : "")}
            {(sweep ? "DELETE FROM rate_permits WHERE channel = @channel AND expires_at <= @now;" : "")}
            WITH c AS (
                SELECT * FROM unnest(@takes, @keys, @permits, @windows) AS c(take, key, permits, win)
            ), held AS (
                -- A full log frees up when its Permits-th newest permit leaves the window.
                SELECT c.take, c.key, p.at + c.win AS until FROM c CROSS JOIN LATERAL (
                    SELECT r.at FROM rate_permits r
                    WHERE r.channel = @channel AND r.key = c.key AND r.at > @now - c.win
                    ORDER BY r.at DESC OFFSET c.permits - 1 LIMIT 1) p
            ), taken AS (
                INSERT INTO rate_permits (channel, key, at, expires_at)
                SELECT @channel, c.key, @now, @now + c.win FROM c WHERE c.take NOT IN (SELECT take FROM held)
            )
            SELECT take, key, until FROM held
            """);
        var checks = round.SelectMany(i => takes[i].Select(c => (Take: i, c.Key, c.Rule))).ToList();
        var p = command.Parameters;
        p.AddWithValue("class", TakeLockClass);
        p.AddWithValue("channel", channel);
        p.AddWithValue("now", now.UtcDateTime);
        p.AddWithValue("takes", NpgsqlDbType.Array | NpgsqlDbType.Integer, checks.Select(c => c.Take).ToArray());
        p.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Text, checks.Select(c => c.Key).ToArray());
        p.AddWithValue("permits", NpgsqlDbType.Array | NpgsqlDbType.Integer, checks.Select(c => c.Rule.Permits).ToArray());
        p.AddWithValue("windows", NpgsqlDbType.Array | NpgsqlDbType.Interval, checks.Select(c => c.Rule.Window).ToArray());
        using var reader = command.ExecuteReader();
        var held = new List<(int Take, string Key, DateTimeOffset Until)>();
        do
        {
            // The statements' results in order: the lock's (one column), the sweep's (none), then the keys held back.
            while (reader.FieldCount == 3 && reader.Read())
            {
                held.Add((reader.GetInt32(0), reader.GetString(1), new DateTimeOffset(reader.GetFieldValue<DateTime>(2), TimeSpan.Zero)));
            }
        }
        while (reader.NextResult());

        foreach (var refused in held.GroupBy(h => h.Take))
        {
            results[refused.Key] = RateTake.Refused(refused.Select(h => (h.Key, h.Until)).ToList());
        }
    }

    public void Extend(string channel, IReadOnlyList<(string Key, RateRule Rule)> checks, DateTimeOffset startedAt, DateTimeOffset completedAt)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(checks);
        if (checks.Count == 0 || completedAt <= startedAt)
        {
            return;
        }

        db.InTransaction(() =>
        {
            // One permit per key; one another mover holds is skipped for a like one (SKIP LOCKED), so two hosts
            // moving permits of one key and time move two of them.
            using var command = db.Command("""
                UPDATE rate_permits r SET at = @done, expires_at = r.expires_at + (@done - r.at)
                FROM (
                    SELECT (SELECT id FROM rate_permits
                            WHERE channel = @channel AND key = k AND at = @started
                            ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED) AS id
                    FROM unnest(@keys) AS k
                ) m
                WHERE r.id = m.id
                """);
            var p = command.Parameters;
            p.AddWithValue("channel", channel);
            p.AddWithValue("started", startedAt.UtcDateTime);
            p.AddWithValue("done", completedAt.UtcDateTime);
            p.AddWithValue("keys", NpgsqlDbType.Array | NpgsqlDbType.Text, checks.Select(c => c.Key).Distinct().ToArray());
            command.ExecuteNonQuery();
        });
    }

    private bool SweepDue(string channel, DateTimeOffset now)
    {
        lock (_nextSweep)
        {
            if (_nextSweep.TryGetValue(channel, out var next) && now < next)
            {
                return false;
            }

            _nextSweep[channel] = now + SweepInterval;
            return true;
        }
    }
}
