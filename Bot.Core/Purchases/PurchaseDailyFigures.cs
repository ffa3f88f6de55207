namespace Bot.Core.Purchases;

/// <summary>One community's purchases on one local day, for the secretary's daily summary.</summary>
/// <param name="New">Requests made that day.</param>
/// <param name="Claimed">Requests first taken by a volunteer that day.</param>
/// <param name="Delivered">Requests left at the door that day.</param>
/// <param name="AverageTimeToClaim">From request to first claim, over the requests claimed that day; null when none.</param>
/// <param name="AverageTimeToDeliver">From request to delivery, over the requests delivered that day; null when none.</param>
/// <param name="StillOpen">Requests not yet delivered (nor withdrawn) at the end of the day, or now if that is earlier.</param>
internal sealed record PurchaseDailyFigures(
    string CommunityId,
    DateOnly Date,
    int New,
    int Claimed,
    int Delivered,
    TimeSpan? AverageTimeToClaim,
    TimeSpan? AverageTimeToDeliver,
    int StillOpen);
