namespace Bot.Core.Purchases;

/// <summary>Options of the <c>Purchases</c> section.</summary>
internal sealed class PurchasesOptions
{
    public const string Section = "Purchases";

    /// <summary>An unclaimed request is brought up again in the cadre group after this long. Default 30 min.</summary>
    public TimeSpan GroupReminderAfter { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>An unclaimed request is reported to the community's secretary after this long. Default 60 min.</summary>
    public TimeSpan SecretaryReminderAfter { get; set; } = TimeSpan.FromMinutes(60);

    /// <summary>A delivery the resident does not confirm is closed after this long. Default 24 h.</summary>
    public TimeSpan AutoCloseAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How many requests one household (building–unit–room) may make within <see cref="PeriodDays"/>; cancelled ones do
    /// not count. 0 means no limit. Default 2.
    /// </summary>
    public int MaxOpenPerHousehold { get; set; } = 2;

    /// <summary>
    /// The quota's period in days (the seed: one trip out every two days). 0 counts only requests still open.
    /// Default 2.
    /// </summary>
    public int PeriodDays { get; set; } = 2;

    /// <summary>
    /// A photo the claimer sends within this long after 已买到 / 已送达 is taken as the receipt / delivery photo and
    /// forwarded to the resident. Default 10 min.
    /// </summary>
    public TimeSpan PhotoWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How often reminders, auto-closing and idle conversations are checked. Default 1 min.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(1);
}
