using System.Globalization;
using Bot.Core.People;
using Bot.Core.Storage;

namespace Bot.Core.Shifts;

/// <summary>
/// Imports duty points from CSV: community, point, kind, aliases (|-separated), latitude, longitude, radius_m.
/// Bad rows are reported by line number and skipped; importing the same file again changes nothing.
/// </summary>
internal sealed class PointsImporter(IShiftStore store, ICommunityStore communities, IUnitOfWork db)
{
    public const string Columns = "community,point,kind,aliases,latitude,longitude,radius_m";

    /// <summary>Imports the rows; an unknown community is refused unless <paramref name="createCommunities"/>.</summary>
    public ImportReport Import(TextReader reader, bool createCommunities = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var report = new ImportReport();
        db.InTransaction(() => CsvImport.Read(reader, report, ["community", "point"], Columns, csv => Row(csv, report, createCommunities)));
        return report;
    }

    private string? Row(CsvHelper.CsvReader csv, ImportReport report, bool createCommunities)
    {
        var community = CsvImport.Field(csv, "community");
        var name = Messaging.InputNormalizer.Normalize(CsvImport.Field(csv, "point"));
        var kindText = CsvImport.Field(csv, "kind");
        if (community.Length == 0 || name.Length == 0)
        {
            return "community and point must not be empty";
        }

        if (name.Contains(' ', StringComparison.Ordinal))
        {
            return $"point '{name}' contains a space; chat commands separate words with spaces, so use a name without one";
        }

        if (PostKinds.Parse(kindText) is not { } kind)
        {
            return $"kind '{kindText}' is not one of 点位值守, 病毒消杀, 防控宣传, 重点人防控, 环境清整, 后勤保障 (or point-duty, disinfection, publicity, key-person, environment, logistics)";
        }

        if (!Number(CsvImport.Field(csv, "latitude"), -90, 90, out var lat) || !Number(CsvImport.Field(csv, "longitude"), -180, 180, out var lon))
        {
            return "latitude must be between -90 and 90 and longitude between -180 and 180 (decimal degrees, WGS-84), or both empty";
        }

        if (lat.HasValue != lon.HasValue)
        {
            return "give both latitude and longitude, or neither";
        }

        var radiusText = CsvImport.Field(csv, "radius_m");
        int? radius = null;
        if (radiusText.Length > 0)
        {
            if (!int.TryParse(radiusText, NumberStyles.None, CultureInfo.InvariantCulture, out var r) || r <= 0)
            {
                return $"radius_m '{radiusText}' must be a whole number of metres above 0";
            }

            radius = r;
        }

        var aliases = CsvImport.Field(csv, "aliases").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Messaging.InputNormalizer.Normalize).Distinct().ToList();
        if (communities.FindCommunity(community) is null)
        {
            if (!createCommunities)
            {
                return CsvImport.UnknownCommunity(community);
            }

            communities.EnsureCommunity(community);
        }

        var point = new DutyPoint
        {
            CommunityId = community, Name = name, Kind = kind, Aliases = aliases, Latitude = lat, Longitude = lon, RadiusMeters = radius,
        };
        if (store.Point(DutyPoint.KeyOf(community, name)) is { } stored && Same(stored, point))
        {
            report.Unchanged++;
            return null;
        }

        var isNew = store.SavePoint(point);
        if (isNew)
        {
            report.Added++;
        }
        else
        {
            report.Updated++;
        }

        return null;
    }

    private static bool Same(DutyPoint a, DutyPoint b) =>
        a.Kind == b.Kind && a.Latitude == b.Latitude && a.Longitude == b.Longitude && a.RadiusMeters == b.RadiusMeters
        && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal);

    private static bool Number(string text, double min, double max, out double? value)
    {
        value = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) || v < min || v > max)
        {
            return false;
        }

        value = v;
        return true;
    }
}
