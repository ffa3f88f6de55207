using Bot.Core.Messaging;
using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Shifts;

/// <summary>Duty points and the roster in LiteDB. A change to the roster itself signals <see cref="RosterEntryChanged"/>.</summary>
internal sealed class ShiftStore : IShiftStore
{
    private readonly ILiteCollection<DutyPoint> _points;
    private readonly ILiteCollection<RosterEntry> _roster;
    private readonly BotDatabase _db;

    public ShiftStore(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _points = db.Collection<DutyPoint>("duty_points");
        _points.EnsureIndex(x => x.CommunityId);
        _roster = db.Collection<RosterEntry>("roster");
        _roster.EnsureIndex(x => x.CadreId);
        _roster.EnsureIndex(x => x.PointId);
        _roster.EnsureIndex(x => x.Date);
    }

    public DutyPoint? Point(string id) => _points.FindOne(Expressions.ById(id));

    public IReadOnlyList<DutyPoint> Points(string communityId) =>
        ShiftQueries.ByName(_points.Find(Expressions.Of("$.CommunityId = @0", communityId)));

    /// <summary>The point of a community called <paramref name="text"/> (name or alias, NFKC, case-insensitive).</summary>
    public DutyPoint? FindPoint(string communityId, string text) => ShiftQueries.FindPoint(this, communityId, text);

    /// <summary>Adds or replaces a point; true when it was new.</summary>
    public bool SavePoint(DutyPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        point.Id = DutyPoint.KeyOf(point.CommunityId, point.Name);
        return _points.Upsert(point);
    }

    public RosterEntry? Entry(long id) => _roster.FindOne(Expressions.ById(id));

    /// <summary>The same cadre, point, date and shift (not cancelled), if rostered already.</summary>
    public RosterEntry? FindSame(string pointId, string date, string shift, string cadreId) =>
        _roster.Find(Expressions.Of("$.PointId = @0 AND $.Date = @1", pointId, date))
            .FirstOrDefault(e => !e.Cancelled && e.Shift == shift && e.CadreId == cadreId);

    public void Add(RosterEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _roster.Insert(entry);
        Changed(entry.Id);
    }

    /// <summary>Saves attendance changes (sign-in, handover) that do not move any reminder time.</summary>
    public void Update(RosterEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _roster.Update(entry);
    }

    /// <summary>Saves a change to the roster itself (times, cancelling): reminders are rebuilt.</summary>
    public void UpdateRoster(RosterEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        _roster.Update(entry);
        Changed(entry.Id);
    }

    public IReadOnlyList<RosterEntry> OfCadre(string cadreId) =>
        ShiftQueries.ByStart(_roster.Find(Expressions.Of("$.CadreId = @0", cadreId)).Where(e => !e.Cancelled));

    public IReadOnlyList<RosterEntry> AtPoint(string pointId) =>
        ShiftQueries.ByStart(_roster.Find(Expressions.Of("$.PointId = @0", pointId)).Where(e => !e.Cancelled));

    /// <summary>Entries (not cancelled) whose shift has not ended before <paramref name="fromUtc"/>.</summary>
    public IReadOnlyList<RosterEntry> EndingAfter(DateTime fromUtc) =>
        // Query on the local start date (text), never on stored DateTimes; the exact test runs in memory.
        ShiftQueries.ByStart(_roster.Find(Expressions.Of("$.Date >= @0", ShiftQueries.EndingAfterBound(fromUtc)))
            .Where(e => !e.Cancelled && e.EndUtc >= fromUtc));

    /// <summary>Entries dated within [from, to] (yyyy-MM-dd), optionally of one community, cancelled ones excluded.</summary>
    public IReadOnlyList<RosterEntry> Between(string fromDate, string toDate, string? communityId = null) =>
        ShiftQueries.ByDate(_roster.Find(Expressions.Of("$.Date >= @0 AND $.Date <= @1", fromDate, toDate))
            .Where(e => !e.Cancelled && (communityId is null || e.CommunityId == communityId)));

    /// <summary>The shift at the same point before <paramref name="current"/> (latest start before it; substitutions included).</summary>
    public RosterEntry? PreviousAt(RosterEntry current) => ShiftQueries.PreviousAt(this, current);

    private void Changed(long id) => _db.Signal(new RosterEntryChanged(id));
}
