namespace Bot.Core.Shifts;

/// <summary>The attendance figures of one community's day, as the daily summary reports them.</summary>
internal sealed record DailyFigures(int Shifts, int SignedIn, int Late, int Missed, TimeSpan Uncovered, int HandedOver, int Substitutions,
    IReadOnlyList<RosterEntry> LateEntries, IReadOnlyList<RosterEntry> MissedEntries)
{
    /// <summary>
    /// Figures of the shifts dated <c>date</c>, as of <paramref name="nowUtc"/>: a shift counts as uncovered from its start
    /// until someone (its cadre or a substitute) signed in, or until now for a shift still without anyone.
    /// </summary>
    public static DailyFigures Of(IReadOnlyList<RosterEntry> entries, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var rostered = entries.Where(e => !e.Substitution).ToList();
        var subs = entries.Where(e => e.Substitution).ToList();
        var uncovered = TimeSpan.Zero;
        var missed = new List<RosterEntry>();
        foreach (var e in rostered)
        {
            var coveredAt = new[] { e.SignIn?.AtUtc }.Concat(subs.Where(s => s.CoversEntryId == e.Id).Select(s => s.SignIn?.AtUtc))
                .Where(t => t is not null).Select(t => t!.Value).DefaultIfEmpty(DateTime.MaxValue).Min();
            var until = new[] { coveredAt, nowUtc, e.EndUtc }.Min();
            if (until > e.StartUtc)
            {
                uncovered += until - e.StartUtc;
            }

            if (!e.IsSignedIn && nowUtc > e.StartUtc)
            {
                missed.Add(e);
            }
        }

        var signed = entries.Where(e => e.IsSignedIn).ToList();
        var late = signed.Where(e => e.SignIn!.LateMinutes > 0).ToList();
        return new DailyFigures(rostered.Count, signed.Count, late.Count, missed.Count, uncovered,
            entries.Count(e => e.IsHandedOver), subs.Count, late, missed);
    }
}
