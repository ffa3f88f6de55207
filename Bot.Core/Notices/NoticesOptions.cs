namespace Bot.Core.Notices;

/// <summary>Options of the <c>Notices</c> section: party lectures and bulletins.</summary>
internal sealed class NoticesOptions
{
    public const string Section = "Notices";

    /// <summary>Who a new notice goes to until the secretary picks otherwise. Default <c>Groups, PartyMembers, Cadres</c>.</summary>
    public NoticeAudience DefaultAudience { get; set; } = NoticeAudience.All;

    /// <summary>Whether residents' groups get notices too (cadre groups always do). Default false.</summary>
    public bool IncludeResidentGroups { get; set; }

    /// <summary>
    /// Automatic reminder to those who have not acknowledged, this long after sending (but not within
    /// <see cref="ManualRemindInterval"/> of a manual one). Default 24 h.
    /// </summary>
    public TimeSpan ReRemindAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Shortest time between two reminders of one notice (<c>提醒未读</c>). Default 1 h.</summary>
    public TimeSpan ManualRemindInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Content longer than this goes as a text document with a short excerpt. Default 2,000 characters.</summary>
    public int MaxInlineLength { get; set; } = 2000;

    /// <summary>
    /// How long a preview can be confirmed (<c>确认发送</c>, its button, <c>定时</c>) after it was shown; later the
    /// secretary is shown it again instead, so nothing forgotten goes out. Default 30 min.
    /// </summary>
    public TimeSpan PreviewValidity { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How often the scheduler sweeps for due notices and due automatic reminders. Default 5 min.</summary>
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Recurring notices run by Quartz.</summary>
    public List<NoticeSchedule> Schedules { get; set; } = [];
}
