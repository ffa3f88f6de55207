namespace Bot.Core.Shifts;

/// <summary>The reminders and the escalation of one rostered shift, in the order they fall due.</summary>
internal enum ShiftReminderKind
{
    /// <summary>To the cadre, <see cref="ShiftsOptions.RemindBefore"/> before the start.</summary>
    Upcoming = 0,

    /// <summary>To the cadre, <see cref="ShiftsOptions.NoSignInAfter"/> after the start, when not signed in.</summary>
    NoSignIn = 1,

    /// <summary>To the secretaries and the cadres' group, <see cref="ShiftsOptions.EscalateAfter"/> after the start, when the point is uncovered.</summary>
    Uncovered = 2,

    /// <summary>To the cadre on duty, <see cref="ShiftsOptions.HandoverBefore"/> before the end.</summary>
    HandoverDue = 3,

    /// <summary><see cref="ShiftsOptions.HandoverMissingAfter"/> after the end with no handover: recorded, and the cadre reminded.</summary>
    HandoverMissing = 4,
}
