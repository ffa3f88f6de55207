using System.Text.Json;
using Bot.Core.Storage.Postgres;
using NpgsqlTypes;

namespace Bot.Core.Messaging;

/// <summary>
/// Conversation states in PostgreSQL (table <c>conversations</c>): the id and the last update as columns, the rest
/// as a JSON document. Unlike <see cref="ConversationStore"/> it keeps no ids in memory: another host may start a
/// conversation at any time, so every lookup asks the database (one primary-key read).
/// </summary>
public sealed class PostgresConversationStore(PostgresDatabase db) : IConversationStore
{
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    public ConversationState? Get(string id) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT body FROM conversations WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteScalar() is string body ? Read(body) : null;
    });

    public void Save(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _db.InTransaction(() =>
        {
            using var command = _db.Command("""
                INSERT INTO conversations (id, updated_at, body) VALUES (@id, @at, @body)
                ON CONFLICT (id) DO UPDATE SET updated_at = excluded.updated_at, body = excluded.body
                """);
            command.Parameters.AddWithValue("id", state.Id);
            command.Parameters.AddWithValue("at", PostgresTime.Utc(state.UpdatedAtUtc));
            command.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(state));
            command.ExecuteNonQuery();
        });
    }

    public void Delete(string id) => _db.InTransaction(() =>
    {
        using var command = _db.Command("DELETE FROM conversations WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        command.ExecuteNonQuery();
    });

    public IReadOnlyList<ConversationState> IdleSince(DateTime cutoffUtc) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT body FROM conversations WHERE updated_at < @cutoff ORDER BY updated_at, id");
        command.Parameters.AddWithValue("cutoff", PostgresTime.Utc(cutoffUtc));
        using var reader = command.ExecuteReader();
        var states = new List<ConversationState>();
        while (reader.Read())
        {
            states.Add(Read(reader.GetString(0)));
        }

        return states;
    });

    private static ConversationState Read(string body)
    {
        var state = JsonSerializer.Deserialize<ConversationState>(body)!;
        state.UpdatedAtUtc = PostgresTime.Utc(state.UpdatedAtUtc);
        return state;
    }
}
