namespace Bot.Core.Shifts;

/// <summary>A planned reminder and when it may be sent: its due time, or for a crowded instant's "upcoming" reminder some seconds before.</summary>
internal sealed record ReleasedReminder(PlannedReminder Plan, DateTime ReleaseUtc)
{
    /// <summary>How long before its due time the reminder is released (zero for all but crowded "upcoming" ones).</summary>
    public TimeSpan Lead => Plan.AtUtc - ReleaseUtc;
}
