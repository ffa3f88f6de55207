using Bot.Core.Configuration;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>Daily figures for the secretary's summary (days in <c>Bot:TimeZone</c>).</summary>
internal sealed class PurchaseStatistics(IPurchaseStore store, BotClock clock)
{
    public PurchaseDailyFigures DailyFigures(string communityId, DateOnly date)
    {
        var start = clock.At(date, TimeOnly.MinValue).UtcDateTime;
        var end = clock.At(date.AddDays(1), TimeOnly.MinValue).UtcDateTime;
        var now = clock.UtcNow.UtcDateTime;
        // The last instant counted: the end of the day, or now for today.
        var cutoff = end <= now ? end.AddTicks(-1) : now;
        var all = store.OfCommunity(communityId);

        bool In(DateTime? t) => t is { } v && v >= start && v < end;

        var claimed = all.Where(r => In(r.FirstClaimedAtUtc)).ToList();
        var delivered = all.Where(r => In(r.DeliveredAtUtc)).ToList();
        var open = all.Count(r => r.CreatedAtUtc <= cutoff
            && !(r.DeliveredAtUtc <= cutoff)
            && !(r.Status == PurchaseStatus.Cancelled && r.ClosedAtUtc <= cutoff));
        return new PurchaseDailyFigures(
            communityId,
            date,
            all.Count(r => In(r.CreatedAtUtc)),
            claimed.Count,
            delivered.Count,
            Average(claimed.Select(r => r.FirstClaimedAtUtc!.Value - r.CreatedAtUtc)),
            Average(delivered.Select(r => r.DeliveredAtUtc!.Value - r.CreatedAtUtc)),
            open);
    }

    /// <summary>Today's figures (local day).</summary>
    public PurchaseDailyFigures Today(string communityId) => DailyFigures(communityId, clock.Today);

    /// <summary>The figures as one line of the summary.</summary>
    public static string Describe(PurchaseDailyFigures figures, Language language)
    {
        ArgumentNullException.ThrowIfNull(figures);
        string Span(TimeSpan? s) => s is { } v ? PurchaseViews.Duration(v, language) : PurchasesTexts.NotAvailable.Get(language);
        return PurchasesTexts.Figures.Format(language, figures.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            figures.New, figures.Claimed, figures.Delivered, Span(figures.AverageTimeToClaim), Span(figures.AverageTimeToDeliver),
            figures.StillOpen);
    }

    private static TimeSpan? Average(IEnumerable<TimeSpan> spans)
    {
        var list = spans.ToList();
        return list.Count == 0 ? null : TimeSpan.FromTicks((long)list.Average(s => s.Ticks));
    }
}
