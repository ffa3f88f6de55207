namespace Bot.Core.Purchases;

/// <summary>A claimer gave a request back to the pool, and why.</summary>
internal sealed class PurchaseRelease
{
    public string ClaimerId { get; set; } = "";

    public string ClaimerName { get; set; } = "";

    public string Reason { get; set; } = "";

    public DateTime AtUtc { get; set; }
}
