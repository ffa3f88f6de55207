using System.Globalization;
using Bot.Core.Messaging;

namespace Bot.Core.Shifts;

/// <summary>
/// What every <see cref="IShiftStore"/> computes the same way, whatever the backend: the documented orders of its lists
/// and the look-ups built on top of its basic reads, so LiteDB and PostgreSQL answer alike.
/// </summary>
internal static class ShiftQueries
{
    /// <summary>Points by name (ordinal).</summary>
    public static List<DutyPoint> ByName(IEnumerable<DutyPoint> points) => points.OrderBy(p => p.Name, StringComparer.Ordinal).ToList();

    /// <summary>Entries by start, then id.</summary>
    public static List<RosterEntry> ByStart(IEnumerable<RosterEntry> entries) => entries.OrderBy(e => e.StartUtc).ThenBy(e => e.Id).ToList();

    /// <summary>Entries by date, start, point name (ordinal), then id.</summary>
    public static List<RosterEntry> ByDate(IEnumerable<RosterEntry> entries) =>
        entries.OrderBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.StartUtc).ThenBy(e => e.PointName, StringComparer.Ordinal)
            .ThenBy(e => e.Id).ToList();

    /// <summary>
    /// The earliest local date (yyyy-MM-dd) an entry still running at <paramref name="fromUtc"/> can carry: a shift is
    /// shorter than a day and local dates are within a day of UTC ones, so two days back is safe; the exact test runs in memory.
    /// </summary>
    public static string EndingAfterBound(DateTime fromUtc) =>
        DateOnly.FromDateTime(fromUtc).AddDays(-2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>See <see cref="IShiftStore.FindPoint"/>: the id first, then every point's name and aliases.</summary>
    public static DutyPoint? FindPoint(IShiftStore store, string communityId, string text)
    {
        var n = InputNormalizer.Normalize(text);
        if (n.Length == 0)
        {
            return null;
        }

        return store.Point(DutyPoint.KeyOf(communityId, n))
            ?? store.Points(communityId).FirstOrDefault(p => InputNormalizer.Normalize(p.Name).Equals(n, StringComparison.OrdinalIgnoreCase)
                || p.Aliases.Any(a => InputNormalizer.Normalize(a).Equals(n, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>See <see cref="IShiftStore.PreviousAt"/>.</summary>
    public static RosterEntry? PreviousAt(IShiftStore store, RosterEntry current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return store.AtPoint(current.PointId)
            .Where(e => e.Id != current.Id && e.StartUtc < current.StartUtc && e.Id != current.CoversEntryId)
            .OrderByDescending(e => e.StartUtc).ThenByDescending(e => e.IsHandedOver).ThenByDescending(e => e.IsSignedIn).FirstOrDefault();
    }
}
