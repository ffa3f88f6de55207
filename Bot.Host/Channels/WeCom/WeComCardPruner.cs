using Bot.Core.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Deletes template card records (collection <c>wecom_cards</c>) sent more than <see cref="WeComOptions.CardValidity"/>
/// plus <see cref="Margin"/> ago: a press on such a card is refused as expired anyway, and nothing else reads them.
/// </summary>
internal sealed class WeComCardPruner(IWeComCardStore cards, IOptions<WeComOptions> options, TimeProvider time,
    ILogger<WeComCardPruner> logger) : IHistoryPruneContributor
{
    /// <summary>Kept past the validity, so a press that arrives late (or a clock a little off) still gets "expired", not "unknown".</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromDays(1);

    public int Prune()
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.CardValidity - Margin;
        var deleted = cards.DeleteSentBefore(cutoff);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Cards} WeCom card records sent before {Cutoff:u}", deleted, cutoff);
        }

        return deleted;
    }
}
