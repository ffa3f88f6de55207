namespace Bot.Core.Purchases;

/// <summary>Whether a household may make another request now, and if not, from when.</summary>
/// <param name="Allowed">True when under the quota.</param>
/// <param name="NextUtc">When the next request is possible; null when it depends on an open request being finished.</param>
internal sealed record QuotaDecision(bool Allowed, DateTime? NextUtc)
{
    public static readonly QuotaDecision Yes = new(true, null);
}
