using System.Globalization;
using Bot.Core.Configuration;
using Bot.Core.Demo;
using Microsoft.Extensions.Logging;
using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary>
/// Adds the demo points (<c>Demo:Points</c>) and the demo shifts (<c>Demo:Shifts</c>); idempotent. A shift time written
/// as an offset (<c>+00:15</c>, <c>-01:00</c>) is relative to the start-up time (rounded down to 5 minutes, in
/// Bot:TimeZone), so the demo has shifts around now at any hour; <c>HH:mm</c> is a time of day today.
/// </summary>
internal sealed class ShiftsDemoSeeder(IShiftStore store, RosterPlanner planner, BotClock clock, ILogger<ShiftsDemoSeeder> logger) : IDemoSeeder
{
    public void Seed(DemoOptions demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        foreach (var p in demo.Points.Where(p => !string.IsNullOrWhiteSpace(p.Name)))
        {
            store.SavePoint(new DutyPoint
            {
                CommunityId = demo.Community,
                Name = p.Name.Trim(),
                Kind = PostKinds.Parse(p.Kind) ?? PostKind.PointDuty,
                Aliases = p.Aliases.ToList(),
                Latitude = p.Latitude,
                Longitude = p.Longitude,
                RadiusMeters = p.RadiusMeters,
            });
        }

        var local = clock.LocalNow;
        var anchor = new DateTime(local.Year, local.Month, local.Day, local.Hour, local.Minute / 5 * 5, 0, DateTimeKind.Unspecified);
        foreach (var s in demo.Shifts)
        {
            if (!TryPlace(s, anchor, clock.Today, out var date, out var shift))
            {
                logger.LogWarning("Demo shift {Point} {Start}-{End} skipped: write the times as HH:mm, or as offsets from now like +00:15", s.Point, s.Start, s.End);
                continue;
            }

            if (IsRelative(s.Start) && AlreadyAhead(demo.Community, s, date))
            {
                continue;
            }

            var (entry, _, problem, detail) = planner.Add(demo.Community, s.Point, date, shift, s.Cadre);
            if (entry is null)
            {
                logger.LogWarning("Demo shift {Point} {Shift} {Cadre} skipped: {Problem}", s.Point, shift, s.Cadre, problem!.Format(Texts.Language.English, detail));
            }
        }
    }

    /// <summary>A restart over the same data file keeps the demo shifts it placed while they have not ended.</summary>
    private bool AlreadyAhead(string community, DemoShift s, DateOnly date)
    {
        var now = clock.UtcNow.UtcDateTime;
        var from = ShiftFormat.Date(date.AddDays(-1));
        var to = ShiftFormat.Date(date.AddDays(1));
        return store.Between(from, to, community).Any(e => !e.Cancelled && e.EndUtc > now
            && (e.PointName == s.Point.Trim() || store.FindPoint(community, s.Point)?.Id == e.PointId) && e.CadreName == s.Cadre.Trim());
    }

    private static bool IsRelative(string text) => text.TrimStart().StartsWith('+') || text.TrimStart().StartsWith('-');

    private static bool TryPlace(DemoShift s, DateTime anchor, DateOnly today, out DateOnly date, out ShiftTemplate shift)
    {
        date = today;
        shift = default;
        if (IsRelative(s.Start) != IsRelative(s.End))
        {
            return false;
        }

        if (!IsRelative(s.Start))
        {
            return ShiftTemplate.TryParse($"{s.Start}-{s.End}", out shift);
        }

        if (!TryOffset(s.Start, out var from) || !TryOffset(s.End, out var to) || to <= from || to - from >= TimeSpan.FromDays(1))
        {
            return false;
        }

        var start = anchor + from;
        var end = anchor + to;
        date = DateOnly.FromDateTime(start);
        shift = new ShiftTemplate(TimeOnly.FromDateTime(start), TimeOnly.FromDateTime(end));
        return shift.Start != shift.End;
    }

    private static bool TryOffset(string text, out TimeSpan offset)
    {
        var t = text.Trim();
        var negative = t.StartsWith('-');
        var ok = TimeSpan.TryParseExact(t.TrimStart('+', '-'), [@"h\:mm", @"hh\:mm"], CultureInfo.InvariantCulture, out offset);
        offset = negative ? -offset : offset;
        return ok;
    }
}
