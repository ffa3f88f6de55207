namespace Bot.Core.Shifts;

/// <summary>Options of the <c>Shifts</c> section. All durations are TimeSpans (hh:mm:ss); times of day are local (Bot:TimeZone).</summary>
internal sealed class ShiftsOptions
{
    public const string Section = "Shifts";

    /// <summary>How long before the shift start sign-in opens. Default 00:30:00.</summary>
    public TimeSpan SignInOpensBefore { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A sign-in later than start + this is marked late (with the minutes since the start). Default 00:05:00.</summary>
    public TimeSpan LateAfter { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Reminder to the cadre this long before the start. Default 00:30:00.</summary>
    public TimeSpan RemindBefore { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// The longest a crowded instant's "starts soon" reminders are sent before their time, so that the last of them
    /// reaches the platform by then despite its overall rate limit (Telegram 30/s: 860 reminders go about 29 s early).
    /// Zero turns early release off. Must be less than <see cref="RemindBefore"/>. Default 00:02:00.
    /// </summary>
    public TimeSpan MaxEarlyRelease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Reminder to the cadre this long after the start when not signed in. Default 00:10:00.</summary>
    public TimeSpan NoSignInAfter { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Alert to the secretary and the cadres' group this long after the start when the point is uncovered. Default 00:20:00.</summary>
    public TimeSpan EscalateAfter { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>Handover reminder this long before the end. Default 00:10:00.</summary>
    public TimeSpan HandoverBefore { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Reminder this long after the end when nobody handed over (and the shift is recorded as not handed over). Default 00:15:00.</summary>
    public TimeSpan HandoverMissingAfter { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>A reminder missed while the bot was down is still sent at start within this long after its time (if its shift still makes it useful). Default 02:00:00.</summary>
    public TimeSpan CatchUpWindow { get; set; } = TimeSpan.FromHours(2);

    /// <summary>A location shared within this long after 签到 is attached to the sign-in as proof. Default 00:10:00.</summary>
    public TimeSpan LocationWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Radius in metres for points that have coordinates but no radius of their own. Default 200.</summary>
    public int DefaultRadiusMeters { get; set; } = 200;

    /// <summary>Local time of day of the daily summary to each secretary. Default 20:00:00.</summary>
    public TimeSpan SummaryTime { get; set; } = TimeSpan.FromHours(20);
}
