using System.Globalization;
using Bot.Core.Shifts;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Bench;

/// <summary>
/// The seed's 430 duty points (spread over the 64 communities, six kinds of post) and roster entries for the district's
/// cadres, written with the Shifts feature's own store (<see cref="IShiftStore"/>, on either backend). A cadre's point
/// is one of their community's.
/// </summary>
internal static class DistrictShifts
{
    public const int Points = 430;

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    /// <summary>Point <paramref name="p"/> (0–429) belongs to community p mod 64.</summary>
    public static string PointName(int p) => "卡口" + (p / District.Communities + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The point of a cadre: one of their community's, the cadres of a community spread over its points.</summary>
    public static int PointOf(Member cadre, int cadreIndex)
    {
        var inCommunity = (Points - cadre.Community + District.Communities - 1) / District.Communities;
        return cadre.Community + District.Communities * (cadreIndex / District.Communities % inCommunity);
    }

    public static DutyPoint Point(int p) => new()
    {
        CommunityId = District.Community(p % District.Communities),
        Name = PointName(p),
        Kind = (PostKind)(p % 6),
    };

    /// <summary>Writes every point and one roster entry per (cadre, start, end) in one transaction; returns the entries.</summary>
    public static IReadOnlyList<RosterEntry> Seed(IServiceProvider stores, IEnumerable<(Member Cadre, int CadreIndex, DateTime StartUtc, DateTime EndUtc)> shifts)
    {
        var store = stores.GetRequiredService<IShiftStore>();
        return stores.GetRequiredService<IUnitOfWork>().InTransaction(() =>
        {
            for (var p = 0; p < Points; p++)
            {
                store.SavePoint(Point(p));
            }

            var entries = new List<RosterEntry>();
            foreach (var (cadre, index, start, end) in shifts)
            {
                var entry = Entry(cadre, PointOf(cadre, index), start, end);
                store.Add(entry);
                entries.Add(entry);
            }

            return entries;
        });
    }

    public static RosterEntry Entry(Member cadre, int point, DateTime startUtc, DateTime endUtc)
    {
        var localStart = TimeZoneInfo.ConvertTimeFromUtc(startUtc, Zone);
        var localEnd = TimeZoneInfo.ConvertTimeFromUtc(endUtc, Zone);
        var p = Point(point);
        return new RosterEntry
        {
            CommunityId = p.CommunityId,
            PointId = DutyPoint.KeyOf(p.CommunityId, p.Name),
            PointName = p.Name,
            CadreId = District.PersonId(cadre),
            CadreName = cadre.Name,
            Date = localStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Shift = localStart.ToString("HH:mm", CultureInfo.InvariantCulture) + "-" + localEnd.ToString("HH:mm", CultureInfo.InvariantCulture),
            StartUtc = startUtc,
            EndUtc = endUtc,
            CreatedAtUtc = startUtc.AddDays(-1),
        };
    }
}
