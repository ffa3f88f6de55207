using Bot.Core.Storage;

namespace Bot.Host.Channels.WeCom;

/// <summary>The created app group chats in the bot's data file (collection <c>wecom_appchats</c>).</summary>
internal sealed class LiteDbWeComAppChatStore(BotDatabase db) : IWeComAppChatStore
{
    private LiteDB.ILiteCollection<WeComAppChatRecord> Chats => db.Collection<WeComAppChatRecord>("wecom_appchats");

    public WeComAppChatRecord? Find(string chatId) => Chats.FindOne(Expressions.ById(chatId));

    /// <summary>
    /// The first write (a conditional update that changes nothing) takes the collection's write lock, which the
    /// transaction holds until it ends: the look-up after it sees every chat recorded before, and a concurrent caller
    /// waits until this one has recorded or dropped its chat.
    /// </summary>
    public bool? CreateOnce(WeComAppChatRecord chat, Func<bool> create)
    {
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(create);
        return db.InTransaction<bool?>(() =>
        {
            if (Chats.UpdateMany(Expressions.Of("{ CreatedAtUtc: $.CreatedAtUtc }"), Expressions.ById(chat.Id)) > 0)
            {
                return null;
            }

            Chats.Insert(chat);
            if (create())
            {
                return true;
            }

            Chats.Delete(chat.Id);
            return false;
        });
    }
}
