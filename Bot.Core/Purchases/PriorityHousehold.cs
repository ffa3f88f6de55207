namespace Bot.Core.Purchases;

/// <summary>A household flagged by the secretary (elderly living alone, home observation): listed first.</summary>
internal sealed class PriorityHousehold
{
    /// <summary>The household key (<see cref="PurchaseRequest.HouseholdKey"/>).</summary>
    public string Id { get; set; } = "";

    public string CommunityId { get; set; } = "";

    public HouseholdAddress Address { get; set; } = new();

    public string Note { get; set; } = "";

    public string FlaggedBy { get; set; } = "";

    public DateTime FlaggedAtUtc { get; set; }
}
