namespace Bot.Core.Hosting;

/// <summary>
/// Records of one more collection that <see cref="HistoryPruneJob"/> deletes once they are past their use, after the
/// inbox and outbox (a channel's or feature's plumbing, never the district's history). Register with
/// <c>TryAddEnumerable</c>.
/// </summary>
public interface IHistoryPruneContributor
{
    /// <summary>Deletes what is past its use; returns how many records went.</summary>
    int Prune();
}
