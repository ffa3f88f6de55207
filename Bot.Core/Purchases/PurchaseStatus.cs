namespace Bot.Core.Purchases;

/// <summary>Where a purchase request is in its life: new → claimed → bought → delivered → confirmed / auto-closed.</summary>
internal enum PurchaseStatus
{
    /// <summary>Waiting in the pool for a volunteer.</summary>
    New = 0,

    Claimed = 1,

    Bought = 2,

    /// <summary>Left at the resident's door; address and phone are hidden again from here on.</summary>
    Delivered = 3,

    /// <summary>The resident confirmed receipt.</summary>
    Confirmed = 4,

    /// <summary>Not confirmed within <see cref="PurchasesOptions.AutoCloseAfter"/> of delivery.</summary>
    AutoClosed = 5,

    /// <summary>Cancelled by the resident before it was bought.</summary>
    Cancelled = 6,
}
