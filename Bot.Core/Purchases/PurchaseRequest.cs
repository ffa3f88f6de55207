using Bot.Core.People;

namespace Bot.Core.Purchases;

/// <summary>
/// One resident's request to have goods bought and left at the door. Its state changes only through the named
/// operations below, each guarded by the current state; the store saves a change only if nobody else changed the
/// request in between (<see cref="Version"/>), so the first claim wins.
/// </summary>
internal sealed partial class PurchaseRequest
{
    /// <summary>The number people use (<c>#12</c>); assigned by the store.</summary>
    public int Id { get; set; }

    /// <summary>Incremented by every saved change; the store's compare-and-swap key.</summary>
    public int Version { get; set; }

    public string CommunityId { get; set; } = "";

    public string ResidentId { get; set; } = "";

    public string ResidentName { get; set; } = "";

    public string Items { get; set; } = "";

    public PurchaseCategory Category { get; set; }

    public HouseholdAddress Address { get; set; } = new();

    /// <summary>Community and address: what the household quota and priority flags are keyed on.</summary>
    public string HouseholdKey { get; set; } = "";

    /// <summary>11 digits, or null when the resident left no phone.</summary>
    public string? Phone { get; set; }

    public string TimeWindow { get; set; } = "";

    public PurchaseStatus Status { get; set; }

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>When the request last entered the pool (created or released): reminders count from here.</summary>
    public DateTime PooledAtUtc { get; set; }

    /// <summary>How many times the request entered the pool; part of the reminders' dedupe keys.</summary>
    public int PoolRound { get; set; }

    public string? ClaimerId { get; set; }

    public string? ClaimerName { get; set; }

    public DateTime? ClaimedAtUtc { get; set; }

    /// <summary>The first claim, for the daily figures (time to claim).</summary>
    public DateTime? FirstClaimedAtUtc { get; set; }

    public DateTime? BoughtAtUtc { get; set; }

    /// <summary>Amount spent in yuan, if the claimer gave it.</summary>
    public decimal? Amount { get; set; }

    public DateTime? DeliveredAtUtc { get; set; }

    /// <summary>Confirmed, auto-closed or cancelled.</summary>
    public DateTime? ClosedAtUtc { get; set; }

    public List<PurchaseRelease> Releases { get; set; } = [];

    /// <summary>Not yet delivered, confirmed or cancelled: still work for someone.</summary>
    public bool IsOpen => Status is PurchaseStatus.New or PurchaseStatus.Claimed or PurchaseStatus.Bought;

    /// <summary>Whether the claimer may see the address and phone: from the claim until delivery.</summary>
    public bool DetailsVisibleToClaimer => Status is PurchaseStatus.Claimed or PurchaseStatus.Bought;

    public PurchaseOutcome Claim(Person claimer, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(claimer);
        if (Status != PurchaseStatus.New)
        {
            return PurchaseOutcome.WrongState;
        }

        Status = PurchaseStatus.Claimed;
        ClaimerId = claimer.Id;
        ClaimerName = claimer.Name;
        ClaimedAtUtc = nowUtc;
        FirstClaimedAtUtc ??= nowUtc;
        return PurchaseOutcome.Done;
    }

    /// <summary>The claimer gives the request back to the pool (before buying), with a reason.</summary>
    public PurchaseOutcome Release(string personId, string reason, DateTime nowUtc)
    {
        if (Status != PurchaseStatus.Claimed)
        {
            return PurchaseOutcome.WrongState;
        }

        if (ClaimerId != personId)
        {
            return PurchaseOutcome.NotYours;
        }

        Releases.Add(new PurchaseRelease { ClaimerId = personId, ClaimerName = ClaimerName ?? "", Reason = reason, AtUtc = nowUtc });
        Status = PurchaseStatus.New;
        ClaimerId = null;
        ClaimerName = null;
        ClaimedAtUtc = null;
        PooledAtUtc = nowUtc;
        PoolRound++;
        return PurchaseOutcome.Done;
    }

    public PurchaseOutcome MarkBought(string personId, decimal? amount, DateTime nowUtc)
    {
        if (Status != PurchaseStatus.Claimed)
        {
            return PurchaseOutcome.WrongState;
        }

        if (ClaimerId != personId)
        {
            return PurchaseOutcome.NotYours;
        }

        Status = PurchaseStatus.Bought;
        Amount = amount;
        BoughtAtUtc = nowUtc;
        return PurchaseOutcome.Done;
    }

    /// <summary>
    /// Left at the door. Straight from claimed it implies bought (volunteers often report once), with the amount if
    /// given; an amount given now fills one not recorded at 已买到.
    /// </summary>
    public PurchaseOutcome MarkDelivered(string personId, DateTime nowUtc, decimal? amount = null)
    {
        if (Status is not (PurchaseStatus.Claimed or PurchaseStatus.Bought))
        {
            return PurchaseOutcome.WrongState;
        }

        if (ClaimerId != personId)
        {
            return PurchaseOutcome.NotYours;
        }

        if (Status == PurchaseStatus.Claimed)
        {
            BoughtAtUtc = nowUtc;
        }

        Amount ??= amount;
        Status = PurchaseStatus.Delivered;
        DeliveredAtUtc = nowUtc;
        return PurchaseOutcome.Done;
    }

    /// <summary>The resident confirms they have the goods.</summary>
    public PurchaseOutcome Confirm(string personId, DateTime nowUtc)
    {
        if (Status != PurchaseStatus.Delivered)
        {
            return PurchaseOutcome.WrongState;
        }

        if (ResidentId != personId)
        {
            return PurchaseOutcome.NotYours;
        }

        Status = PurchaseStatus.Confirmed;
        ClosedAtUtc = nowUtc;
        return PurchaseOutcome.Done;
    }

    /// <summary>The resident withdraws the request; only before it is bought.</summary>
    public PurchaseOutcome Cancel(string personId, DateTime nowUtc)
    {
        if (Status is not (PurchaseStatus.New or PurchaseStatus.Claimed))
        {
            return PurchaseOutcome.WrongState;
        }

        if (ResidentId != personId)
        {
            return PurchaseOutcome.NotYours;
        }

        Status = PurchaseStatus.Cancelled;
        ClosedAtUtc = nowUtc;
        return PurchaseOutcome.Done;
    }

    /// <summary>Closes a delivery nobody confirmed within <paramref name="after"/>.</summary>
    public PurchaseOutcome AutoClose(DateTime nowUtc, TimeSpan after)
    {
        if (Status != PurchaseStatus.Delivered || DeliveredAtUtc is not { } delivered || nowUtc - delivered < after)
        {
            return PurchaseOutcome.WrongState;
        }

        Status = PurchaseStatus.AutoClosed;
        ClosedAtUtc = nowUtc;
        return PurchaseOutcome.Done;
    }
}
