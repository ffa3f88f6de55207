using Bot.Core.Storage;

namespace Bot.Host.Channels.WeCom;

/// <summary>The sent template cards (collection <c>wecom_cards</c>), in the bot's data file, so presses are matched across restarts.</summary>
internal sealed class WeComCardStore(BotDatabase db)
{
    private LiteDB.ILiteCollection<WeComCardRecord> Cards => db.Collection<WeComCardRecord>("wecom_cards");

    public void Save(WeComCardRecord card) => Cards.Upsert(card);

    public WeComCardRecord? Find(string taskId) => Cards.FindOne(Expressions.ById(taskId));

    /// <summary>Deletes the cards sent before <paramref name="cutoffUtc"/>; returns how many went.</summary>
    public int DeleteSentBefore(DateTime cutoffUtc) => Cards.DeleteMany(Expressions.Of("$.SentAtUtc < @0", cutoffUtc));
}
