using System.Globalization;
using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary>
/// Imports the roster from CSV: community, point, date (yyyy-MM-dd), start (HH:mm), end (HH:mm), cadre.
/// Times are local (Bot:TimeZone); an end at or before the start is the next day. Bad rows are reported by line number
/// and skipped; a row already on the roster is left as it is.
/// </summary>
internal sealed class RosterImporter(RosterPlanner planner, ICommunityStore communities, IUnitOfWork db)
{
    public const string Columns = "community,point,date,start,end,cadre";

    public ImportReport Import(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var report = new ImportReport();
        db.InTransaction(() => CsvImport.Read(reader, report, ["community", "point", "date", "start", "end", "cadre"], Columns, csv =>
        {
            var community = CsvImport.Field(csv, "community");
            var point = CsvImport.Field(csv, "point");
            var dateText = CsvImport.Field(csv, "date");
            var cadre = CsvImport.Field(csv, "cadre");
            if (communities.FindCommunity(community) is null)
            {
                return CsvImport.UnknownCommunity(community).Split(';')[0] + "; import it with the people or points first";
            }

            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return $"date '{dateText}' is not a date like 2026-03-02 (yyyy-MM-dd)";
            }

            if (!ShiftTemplate.TryParseTime(CsvImport.Field(csv, "start"), out var start) || !ShiftTemplate.TryParseTime(CsvImport.Field(csv, "end"), out var end) || start == end)
            {
                return $"start '{CsvImport.Field(csv, "start")}' and end '{CsvImport.Field(csv, "end")}' must be different times like 08:00 and 16:00 (HH:mm)";
            }

            var (entry, added, problem, detail) = planner.Add(community, point, date, new ShiftTemplate(start, end), cadre);
            if (entry is null)
            {
                return problem!.Format(Language.English, detail);
            }

            if (added)
            {
                report.Added++;
            }
            else
            {
                report.Unchanged++;
            }

            return null;
        }));
        return report;
    }
}
