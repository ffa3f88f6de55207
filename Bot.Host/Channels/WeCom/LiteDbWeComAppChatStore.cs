using Bot.Core.Storage;

namespace Bot.Host.Channels.WeCom;

/// <summary>The created app group chats in the bot's data file (collection <c>wecom_appchats</c>).</summary>
internal sealed class LiteDbWeComAppChatStore(BotDatabase db) : IWeComAppChatStore
{
    private LiteDB.ILiteCollection<WeComAppChatRecord> Chats => db.Collection<WeComAppChatRecord>("wecom_appchats");

    public WeComAppChatRecord? Find(string chatId) => Chats.FindOne(Expressions.ById(chatId));

    public void Save(WeComAppChatRecord chat) => Chats.Upsert(chat);
}
