using Bot.Core.Configuration;
using Bot.Core.People;
using Microsoft.Extensions.Options;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>
/// The household quota from the seed (one person out shopping every two days): at most
/// <see cref="PurchasesOptions.MaxOpenPerHousehold"/> requests per household within <see cref="PurchasesOptions.PeriodDays"/>.
/// </summary>
internal sealed class PurchaseQuota(IPurchaseStore store, BotClock clock, IOptions<PurchasesOptions> options)
{
    private readonly PurchasesOptions _options = options.Value;

    public QuotaDecision Check(string householdKey)
    {
        var max = _options.MaxOpenPerHousehold;
        if (max <= 0)
        {
            return QuotaDecision.Yes;
        }

        var now = clock.UtcNow.UtcDateTime;
        var period = TimeSpan.FromDays(_options.PeriodDays);
        var counted = store.OfHousehold(householdKey)
            .Where(r => r.Status != PurchaseStatus.Cancelled)
            .Where(r => _options.PeriodDays == 0 ? r.IsOpen : r.CreatedAtUtc > now - period)
            .OrderBy(r => r.CreatedAtUtc)
            .ToList();
        if (counted.Count < max)
        {
            return QuotaDecision.Yes;
        }

        // The request that has to leave the period for the household to be under the quota again.
        return _options.PeriodDays == 0
            ? new QuotaDecision(false, null)
            : new QuotaDecision(false, counted[counted.Count - max].CreatedAtUtc + period);
    }

    /// <summary>The refusal, saying when the next request is possible.</summary>
    public string Refusal(QuotaDecision decision, Language language)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.NextUtc is { } next
            ? PurchasesTexts.QuotaReached.Format(language, _options.PeriodDays, _options.MaxOpenPerHousehold,
                PurchaseViews.LocalTime(clock.ToLocal(next), language))
            : PurchasesTexts.QuotaReachedOpen.Format(language, _options.MaxOpenPerHousehold);
    }
}
