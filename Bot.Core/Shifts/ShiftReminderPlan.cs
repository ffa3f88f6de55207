namespace Bot.Core.Shifts;

/// <summary>The trigger computation: every reminder time of a roster entry, from its instants and the options.</summary>
internal static class ShiftReminderPlan
{
    public static IReadOnlyList<PlannedReminder> For(RosterEntry entry, ShiftsOptions options)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(options);
        if (entry.Cancelled)
        {
            return [];
        }

        var start = entry.StartUtc;
        var end = entry.EndUtc;
        var catchUp = options.CatchUpWindow;
        var list = new List<PlannedReminder>(5);
        void Add(ShiftReminderKind kind, DateTime at, DateTime usefulUntil) =>
            list.Add(new PlannedReminder(entry.Id, kind, at, Min(usefulUntil, at + catchUp)));

        if (!entry.Substitution)
        {
            Add(ShiftReminderKind.Upcoming, start - options.RemindBefore, start);
            Add(ShiftReminderKind.NoSignIn, start + options.NoSignInAfter, end);
            Add(ShiftReminderKind.Uncovered, start + options.EscalateAfter, end);
        }

        Add(ShiftReminderKind.HandoverDue, Max(end - options.HandoverBefore, start), end);
        Add(ShiftReminderKind.HandoverMissing, end + options.HandoverMissingAfter, DateTime.MaxValue);
        return list;
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
