using System.Text.Json;
using Bot.Core.Storage.Postgres;
using Npgsql;
using NpgsqlTypes;

namespace Bot.Core.Purchases;

/// <summary>
/// Purchase requests in PostgreSQL (table <c>purchases</c>): the looked-up fields as columns, the rest a JSON document.
/// The number is an identity column, so numbers rise across hosts and restarts (a rolled-back request leaves a gap).
/// The <c>version</c> column is authoritative: <see cref="TryReplace"/> is one conditional UPDATE on it, so of two hosts
/// saving a change made from the same version exactly one succeeds.
/// </summary>
internal sealed class PostgresPurchaseStore(PostgresDatabase db) : IPurchaseStore
{
    private const string Select = "SELECT id, version, body FROM purchases";
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    public PurchaseRequest Add(PurchaseRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _db.InTransaction(() =>
        {
            request.Id = 0;
            request.Version = 1;
            using var command = _db.Command("""
                INSERT INTO purchases (version, community_id, resident_id, claimer_id, household_key, status, body)
                VALUES (@version, @community, @resident, @claimer, @household, @status, @body) RETURNING id
                """);
            command.Parameters.AddWithValue("version", request.Version);
            Columns(command, request);
            request.Id = Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            return request;
        });
    }

    public PurchaseRequest? Get(int id) => _db.InTransaction(() => Read($"{Select} WHERE id = @p", id).FirstOrDefault());

    public bool TryReplace(PurchaseRequest request, int expectedVersion)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _db.InTransaction(() =>
        {
            using var command = _db.Command("""
                UPDATE purchases SET version = version + 1, community_id = @community, resident_id = @resident,
                    claimer_id = @claimer, household_key = @household, status = @status, body = @body
                WHERE id = @id AND version = @expected
                """);
            command.Parameters.AddWithValue("id", request.Id);
            command.Parameters.AddWithValue("expected", expectedVersion);
            Columns(command, request);
            if (command.ExecuteNonQuery() == 0)
            {
                return false;
            }

            request.Version = expectedVersion + 1;
            return true;
        });
    }

    public IReadOnlyList<PurchaseRequest> OfCommunity(string communityId) =>
        _db.InTransaction(() => Read($"{Select} WHERE community_id = @p ORDER BY id", communityId));

    public IReadOnlyList<PurchaseRequest> OfResident(string personId) =>
        _db.InTransaction(() => Read($"{Select} WHERE resident_id = @p ORDER BY id DESC", personId));

    public IReadOnlyList<PurchaseRequest> OfClaimer(string personId) =>
        _db.InTransaction(() => Read($"{Select} WHERE claimer_id = @p ORDER BY id", personId));

    public IReadOnlyList<PurchaseRequest> OfHousehold(string householdKey) =>
        _db.InTransaction(() => Read($"{Select} WHERE household_key = @p ORDER BY id", householdKey));

    public IReadOnlyList<PurchaseRequest> WithStatus(PurchaseStatus status) =>
        _db.InTransaction(() => Read($"{Select} WHERE status = @p ORDER BY id", (short)status));

    /// <summary>The columns besides id and version; the body keeps the whole request (its id and version are read from the columns).</summary>
    private static void Columns(NpgsqlCommand command, PurchaseRequest request)
    {
        command.Parameters.AddWithValue("community", request.CommunityId);
        command.Parameters.AddWithValue("resident", request.ResidentId);
        command.Parameters.Add(new NpgsqlParameter("claimer", NpgsqlDbType.Text) { Value = (object?)request.ClaimerId ?? DBNull.Value });
        command.Parameters.AddWithValue("household", request.HouseholdKey);
        command.Parameters.AddWithValue("status", (short)request.Status);
        command.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(request));
    }

    private List<PurchaseRequest> Read(string sql, object value)
    {
        using var command = _db.Command(sql);
        command.Parameters.AddWithValue("p", value);
        using var reader = command.ExecuteReader();
        var result = new List<PurchaseRequest>();
        while (reader.Read())
        {
            var request = JsonSerializer.Deserialize<PurchaseRequest>(reader.GetString(2))!;
            request.Id = reader.GetInt32(0);
            request.Version = reader.GetInt32(1);
            result.Add(request);
        }

        return result;
    }
}
