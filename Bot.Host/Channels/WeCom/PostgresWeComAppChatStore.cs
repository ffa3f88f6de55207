using Bot.Core.Storage.Postgres;

namespace Bot.Host.Channels.WeCom;

/// <summary>The created app group chats in PostgreSQL (table <c>wecom_appchats</c>).</summary>
internal sealed class PostgresWeComAppChatStore(PostgresDatabase db) : IWeComAppChatStore
{
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    public WeComAppChatRecord? Find(string chatId) => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT created_at FROM wecom_appchats WHERE id = @id");
        command.Parameters.AddWithValue("id", chatId);
        return command.ExecuteScalar() is DateTime created
            ? new WeComAppChatRecord { Id = chatId, CreatedAtUtc = PostgresTime.Utc(created) }
            : null;
    });

    public void Save(WeComAppChatRecord chat)
    {
        ArgumentNullException.ThrowIfNull(chat);
        _db.InTransaction(() =>
        {
            using var command = _db.Command("""
                INSERT INTO wecom_appchats (id, created_at) VALUES (@id, @created)
                ON CONFLICT (id) DO UPDATE SET created_at = excluded.created_at
                """);
            command.Parameters.AddWithValue("id", chat.Id);
            command.Parameters.AddWithValue("created", PostgresTime.Utc(chat.CreatedAtUtc));
            command.ExecuteNonQuery();
        });
    }
}
