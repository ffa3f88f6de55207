namespace Bot.Host.Channels.WeCom;

/// <summary>
/// The sent template cards by task_id, so presses are matched across restarts (and on any host). Writes made inside the
/// storage kernel's transaction (<see cref="Bot.Core.Storage.IUnitOfWork"/>) belong to it.
/// </summary>
internal interface IWeComCardStore
{
    /// <summary>Stores the card, replacing the one with the same task_id.</summary>
    void Save(WeComCardRecord card);

    /// <summary>The card sent with <paramref name="taskId"/>, or null.</summary>
    WeComCardRecord? Find(string taskId);

    /// <summary>Deletes the cards sent before <paramref name="cutoffUtc"/>; returns how many went.</summary>
    int DeleteSentBefore(DateTime cutoffUtc);
}
