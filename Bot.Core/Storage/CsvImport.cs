using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;

namespace Bot.Core.Storage;

/// <summary>
/// Shared CSV reading for every import (people, points, roster): header check, then each data row with its line number;
/// a row's problem is reported by line and the row skipped.
/// </summary>
internal static class CsvImport
{
    public static void Read(TextReader reader, ImportReport report, IReadOnlyList<string> required, string allColumns, Func<CsvReader, string?> row)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            TrimOptions = TrimOptions.Trim,
            PrepareHeaderForMatch = a => a.Header.Trim().ToLowerInvariant(),
            MissingFieldFound = null,
            BadDataFound = null,
        };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            report.Error(1, $"the file is empty; the first line must name the columns {allColumns}");
            return;
        }

        var missing = required.Where(h => !csv.HeaderRecord!.Any(x => x.Trim().Equals(h, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
        {
            report.Error(1, $"missing column(s): {string.Join(", ", missing)} (expected {allColumns})");
            return;
        }

        while (csv.Read())
        {
            var line = csv.Parser.RawRow;
            if (row(csv) is { } error)
            {
                report.Error(line, error);
            }
        }
    }

    public static string Field(CsvReader csv, string name) =>
        csv.HeaderRecord!.Any(h => h.Trim().Equals(name, StringComparison.OrdinalIgnoreCase)) ? csv.GetField(name)?.Trim() ?? "" : "";

    public static string UnknownCommunity(string community) =>
        $"community '{community}' does not exist; check the spelling, or import with --create-communities to create it";
}
