namespace Bot.Core.Shifts;

/// <summary>
/// One whole second at which reminders fall due (<see cref="AtUtc"/>, the earliest due time in it, names its trigger),
/// and the earliest release time of what falls due then (when its trigger fires).
/// </summary>
internal sealed record DueInstant(DateTime AtUtc, DateTime ReleaseUtc);
