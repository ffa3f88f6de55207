using Bot.Core.Storage.Postgres;

namespace Bot.Host.Channels.Telegram;

/// <summary>The menus given to private chats in PostgreSQL (table <c>telegram_menus</c>).</summary>
internal sealed class PostgresTelegramMenuStore(PostgresDatabase db) : ITelegramMenuStore
{
    private readonly PostgresDatabase _db = db ?? throw new ArgumentNullException(nameof(db));

    public IReadOnlyDictionary<string, string> All() => _db.InTransaction(() =>
    {
        using var command = _db.Command("SELECT chat_id, key FROM telegram_menus");
        using var reader = command.ExecuteReader();
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            all[reader.GetString(0)] = reader.GetString(1);
        }

        return all;
    });

    public void Given(string chatId, string key, DateTime atUtc) => _db.InTransaction(() =>
    {
        using var command = _db.Command("""
            INSERT INTO telegram_menus (chat_id, key, set_at) VALUES (@chat, @key, @at)
            ON CONFLICT (chat_id) DO UPDATE SET key = excluded.key, set_at = excluded.set_at
            """);
        command.Parameters.AddWithValue("chat", chatId);
        command.Parameters.AddWithValue("key", key);
        command.Parameters.AddWithValue("at", PostgresTime.Utc(atUtc));
        command.ExecuteNonQuery();
    });

    public void Removed(string chatId) => _db.InTransaction(() =>
    {
        using var command = _db.Command("DELETE FROM telegram_menus WHERE chat_id = @chat");
        command.Parameters.AddWithValue("chat", chatId);
        command.ExecuteNonQuery();
    });
}
