using Bot.Core.Configuration;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary>Puts a cadre on the roster (chat, import, demo): checks the point and the person, computes the shift's instants.</summary>
internal sealed class RosterPlanner(IShiftStore store, IPeopleStore people, BotClock clock)
{
    /// <summary>Adds the entry, or returns the existing identical one (idempotent), or the problem as a text and its argument.</summary>
    public (RosterEntry? Entry, bool Added, Text? Problem, string Detail) Add(string communityId, string pointText, DateOnly date,
        ShiftTemplate shift, string cadreName)
    {
        var point = store.FindPoint(communityId, pointText);
        if (point is null)
        {
            return (null, false, ShiftsTexts.RosterUnknownPoint, pointText);
        }

        var cadre = people.FindByName(cadreName.Trim(), communityId);
        if (cadre is null || !cadre.IsStaff)
        {
            return (null, false, ShiftsTexts.RosterUnknownCadre, cadreName);
        }

        var dateText = ShiftFormat.Date(date);
        if (store.FindSame(point.Id, dateText, shift.ToString(), cadre.Id) is { } same)
        {
            return (same, false, null, "");
        }

        var (start, end) = shift.On(clock, date);
        var entry = new RosterEntry
        {
            CommunityId = communityId,
            PointId = point.Id,
            PointName = point.Name,
            CadreId = cadre.Id,
            CadreName = cadre.Name,
            Date = dateText,
            Shift = shift.ToString(),
            StartUtc = start.UtcDateTime,
            EndUtc = end.UtcDateTime,
            CreatedAtUtc = clock.UtcNow.UtcDateTime,
        };
        store.Add(entry);
        return (entry, true, null, "");
    }
}
