namespace Bot.Core.Purchases;

/// <summary>What a named operation did, and the request as it is now (null when not found).</summary>
internal sealed record PurchaseResult(PurchaseOutcome Outcome, PurchaseRequest? Request)
{
    public bool Done => Outcome == PurchaseOutcome.Done;
}
