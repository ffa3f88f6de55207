namespace Bot.Core.Shifts;

/// <summary>
/// Duty points and the roster. A change to the roster itself signals <see cref="RosterEntryChanged"/>. Lists come in
/// the order each method documents, the same on every backend (<see cref="ShiftQueries"/>).
/// </summary>
internal interface IShiftStore
{
    DutyPoint? Point(string id);

    /// <summary>The points of a community, by name (ordinal).</summary>
    IReadOnlyList<DutyPoint> Points(string communityId);

    /// <summary>The point of a community called <paramref name="text"/> (name or alias, NFKC, case-insensitive).</summary>
    DutyPoint? FindPoint(string communityId, string text);

    /// <summary>Adds or replaces a point; true when it was new.</summary>
    bool SavePoint(DutyPoint point);

    RosterEntry? Entry(long id);

    /// <summary>The same cadre, point, date and shift (not cancelled), if rostered already.</summary>
    RosterEntry? FindSame(string pointId, string date, string shift, string cadreId);

    /// <summary>Adds an entry; an <see cref="RosterEntry.Id"/> of 0 gets the next free id (ids only grow).</summary>
    void Add(RosterEntry entry);

    /// <summary>Saves attendance changes (sign-in, handover) that do not move any reminder time.</summary>
    void Update(RosterEntry entry);

    /// <summary>Saves a change to the roster itself (times, cancelling): reminders are rebuilt.</summary>
    void UpdateRoster(RosterEntry entry);

    /// <summary>A cadre's entries (not cancelled), by start, then id.</summary>
    IReadOnlyList<RosterEntry> OfCadre(string cadreId);

    /// <summary>A point's entries (not cancelled), by start, then id.</summary>
    IReadOnlyList<RosterEntry> AtPoint(string pointId);

    /// <summary>Entries (not cancelled) whose shift has not ended before <paramref name="fromUtc"/>, by start, then id.</summary>
    IReadOnlyList<RosterEntry> EndingAfter(DateTime fromUtc);

    /// <summary>
    /// Entries dated within [from, to] (yyyy-MM-dd), optionally of one community, cancelled ones excluded; by date, start,
    /// point name (ordinal), then id.
    /// </summary>
    IReadOnlyList<RosterEntry> Between(string fromDate, string toDate, string? communityId = null);

    /// <summary>The shift at the same point before <paramref name="current"/> (latest start before it; substitutions included).</summary>
    RosterEntry? PreviousAt(RosterEntry current);
}
