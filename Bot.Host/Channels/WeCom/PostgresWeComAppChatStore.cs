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

    /// <summary>
    /// The claim is the row itself, inserted first with ON CONFLICT DO NOTHING: a second host inserting the same id waits
    /// for this transaction and, once it commits with the row, inserts nothing; if the creation failed the row is
    /// deleted again (or, if this host died, rolled back) and the waiter claims it. The transaction stays open while
    /// <paramref name="create"/> runs (one HTTP call at start).
    /// </summary>
    public bool? CreateOnce(WeComAppChatRecord chat, Func<bool> create)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(create);
        return _db.InTransaction<bool?>(() =>
        {
            using (var claim = _db.Command("INSERT INTO wecom_appchats (id, created_at) VALUES (@id, @created) ON CONFLICT (id) DO NOTHING"))
            {
                claim.Parameters.AddWithValue("id", chat.Id);
                claim.Parameters.AddWithValue("created", PostgresTime.Utc(chat.CreatedAtUtc));
                if (claim.ExecuteNonQuery() == 0)
                {
                    return null;
                }
            }

            if (create())
            {
                return true;
            }

            using var drop = _db.Command("DELETE FROM wecom_appchats WHERE id = @id");
            drop.Parameters.AddWithValue("id", chat.Id);
            drop.ExecuteNonQuery();
            return false;
        });
    }
}
