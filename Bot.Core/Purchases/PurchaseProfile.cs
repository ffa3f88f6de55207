namespace Bot.Core.Purchases;

/// <summary>What a resident gave last time, offered again in the next conversation.</summary>
internal sealed class PurchaseProfile
{
    /// <summary>The person's id.</summary>
    public string Id { get; set; } = "";

    public HouseholdAddress Address { get; set; } = new();

    /// <summary>11 digits, or null when the resident chose to leave none.</summary>
    public string? Phone { get; set; }
}
