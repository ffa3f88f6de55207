using System.Text.Json;
using Bot.Core.Storage.Postgres;
using NpgsqlTypes;

namespace Bot.Core.Purchases;

/// <summary>
/// Purchase profiles (table <c>purchase_profiles</c>, keyed by person) and priority households (table
/// <c>purchase_priority</c>, keyed by household key, with the community as a column) in PostgreSQL, as JSON documents.
/// </summary>
internal sealed class PostgresPurchaseHouseholdStore(PostgresDatabase db) : IPurchaseHouseholdStore
{
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    public PurchaseProfile? Profile(string personId) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT body FROM purchase_profiles WHERE id = @id");
        command.Parameters.AddWithValue("id", personId);
        return command.ExecuteScalar() is string body ? JsonSerializer.Deserialize<PurchaseProfile>(body) : null;
    });

    public void SaveProfile(PurchaseProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        _db.InTransaction(() =>
        {
            using var command = _db.Command("""
                INSERT INTO purchase_profiles (id, body) VALUES (@id, @body)
                ON CONFLICT (id) DO UPDATE SET body = excluded.body
                """);
            command.Parameters.AddWithValue("id", profile.Id);
            command.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(profile));
            command.ExecuteNonQuery();
        });
    }

    public bool IsPriority(string householdKey) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT EXISTS (SELECT 1 FROM purchase_priority WHERE id = @id)");
        command.Parameters.AddWithValue("id", householdKey);
        return command.ExecuteScalar() is true;
    });

    public void Flag(PriorityHousehold household)
    {
        ArgumentNullException.ThrowIfNull(household);
        _db.InTransaction(() =>
        {
            using var command = _db.Command("""
                INSERT INTO purchase_priority (id, community_id, body) VALUES (@id, @community, @body)
                ON CONFLICT (id) DO UPDATE SET community_id = excluded.community_id, body = excluded.body
                """);
            command.Parameters.AddWithValue("id", household.Id);
            command.Parameters.AddWithValue("community", household.CommunityId);
            command.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(household));
            command.ExecuteNonQuery();
        });
    }

    public bool Unflag(string householdKey) => _db.InTransaction(() =>
    {
        using var command = _db.Command("DELETE FROM purchase_priority WHERE id = @id");
        command.Parameters.AddWithValue("id", householdKey);
        return command.ExecuteNonQuery() > 0;
    });

    public IReadOnlyList<PriorityHousehold> Priorities(string communityId) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT body FROM purchase_priority WHERE community_id = @community ORDER BY id COLLATE \"C\"");
        command.Parameters.AddWithValue("community", communityId);
        using var reader = command.ExecuteReader();
        var result = new List<PriorityHousehold>();
        while (reader.Read())
        {
            result.Add(JsonSerializer.Deserialize<PriorityHousehold>(reader.GetString(0))!);
        }

        return result;
    });

    public HashSet<string> PriorityKeys(string communityId) =>
        Priorities(communityId).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
}
