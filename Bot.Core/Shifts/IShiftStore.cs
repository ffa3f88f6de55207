namespace Bot.Core.Shifts;

/// <summary>Duty points and the roster. A change to the roster itself signals <see cref="RosterEntryChanged"/>.</summary>
internal interface IShiftStore
{
    DutyPoint? Point(string id);

    IReadOnlyList<DutyPoint> Points(string communityId);

    /// <summary>The point of a community called <paramref name="text"/> (name or alias, NFKC, case-insensitive).</summary>
    DutyPoint? FindPoint(string communityId, string text);

    /// <summary>Adds or replaces a point; true when it was new.</summary>
    bool SavePoint(DutyPoint point);

    RosterEntry? Entry(long id);

    /// <summary>The same cadre, point, date and shift (not cancelled), if rostered already.</summary>
    RosterEntry? FindSame(string pointId, string date, string shift, string cadreId);

    void Add(RosterEntry entry);

    /// <summary>Saves attendance changes (sign-in, handover) that do not move any reminder time.</summary>
    void Update(RosterEntry entry);

    /// <summary>Saves a change to the roster itself (times, cancelling): reminders are rebuilt.</summary>
    void UpdateRoster(RosterEntry entry);

    IReadOnlyList<RosterEntry> OfCadre(string cadreId);

    IReadOnlyList<RosterEntry> AtPoint(string pointId);

    /// <summary>Entries (not cancelled) whose shift has not ended before <paramref name="fromUtc"/>.</summary>
    IReadOnlyList<RosterEntry> EndingAfter(DateTime fromUtc);

    /// <summary>Entries dated within [from, to] (yyyy-MM-dd), optionally of one community, cancelled ones excluded.</summary>
    IReadOnlyList<RosterEntry> Between(string fromDate, string toDate, string? communityId = null);

    /// <summary>The shift at the same point before <paramref name="current"/> (latest start before it; substitutions included).</summary>
    RosterEntry? PreviousAt(RosterEntry current);
}
