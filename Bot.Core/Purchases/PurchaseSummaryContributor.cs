using Bot.Core.People;
using Bot.Core.Messaging;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>Adds the day's purchase figures to the secretary's daily summary (read-only).</summary>
internal sealed class PurchaseSummaryContributor(PurchaseStatistics statistics) : IDailySummaryContributor
{
    public IEnumerable<string> Lines(string communityId, DateOnly date, Language language)
    {
        var figures = statistics.DailyFigures(communityId, date);
        return [PurchaseStatistics.Describe(figures, language)];
    }
}
