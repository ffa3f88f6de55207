using System.Text.Json;
using Bot.Core.Storage.Postgres;
using NpgsqlTypes;

namespace Bot.Host.Channels.WeCom;

/// <summary>The sent template cards in PostgreSQL (table <c>wecom_cards</c>): task_id and send time as columns, the card as JSON.</summary>
internal sealed class PostgresWeComCardStore(PostgresDatabase db) : IWeComCardStore
{
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    public void Save(WeComCardRecord card)
    {
        ArgumentNullException.ThrowIfNull(card);
        _db.InTransaction(() =>
        {
            using var command = _db.Command("""
                INSERT INTO wecom_cards (id, sent_at, body) VALUES (@id, @sent, @body)
                ON CONFLICT (id) DO UPDATE SET sent_at = excluded.sent_at, body = excluded.body
                """);
            command.Parameters.AddWithValue("id", card.Id);
            command.Parameters.AddWithValue("sent", PostgresTime.Utc(card.SentAtUtc));
            command.Parameters.AddWithValue("body", NpgsqlDbType.Jsonb, JsonSerializer.Serialize(card));
            command.ExecuteNonQuery();
        });
    }

    public WeComCardRecord? Find(string taskId) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT body FROM wecom_cards WHERE id = @id");
        command.Parameters.AddWithValue("id", taskId);
        if (command.ExecuteScalar() is not string body)
        {
            return null;
        }

        var card = JsonSerializer.Deserialize<WeComCardRecord>(body)!;
        card.SentAtUtc = PostgresTime.Utc(card.SentAtUtc);
        return card;
    });

    public int DeleteSentBefore(DateTime cutoffUtc) => _db.InTransaction(() =>
    {
        using var command = _db.Command("DELETE FROM wecom_cards WHERE sent_at < @cutoff");
        command.Parameters.AddWithValue("cutoff", PostgresTime.Utc(cutoffUtc));
        return command.ExecuteNonQuery();
    });
}
