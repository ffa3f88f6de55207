using Bot.Core.Storage;

namespace Bot.Host.Channels.WeCom;

/// <summary>The sent template cards in the bot's data file (collection <c>wecom_cards</c>).</summary>
internal sealed class LiteDbWeComCardStore(BotDatabase db) : IWeComCardStore
{
    private LiteDB.ILiteCollection<WeComCardRecord> Cards => db.Collection<WeComCardRecord>("wecom_cards");

    public void Save(WeComCardRecord card) => Cards.Upsert(card);

    public WeComCardRecord? Find(string taskId) => Cards.FindOne(Expressions.ById(taskId));

    public int DeleteSentBefore(DateTime cutoffUtc) => Cards.DeleteMany(Expressions.Of("$.SentAtUtc < @0", cutoffUtc));
}
