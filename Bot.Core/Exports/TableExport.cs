using System.Globalization;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace Bot.Core.Exports;

/// <summary>
/// Writes a table (header + rows of cells) as CSV (UTF-8 with BOM, so spreadsheet programs show Chinese correctly) and as
/// an .xlsx workbook. Used by every export (attendance, acknowledgements).
/// </summary>
internal static class TableExport
{
    public static byte[] ToCsv(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = new CsvWriter(writer, CultureInfo.InvariantCulture))
        {
            foreach (var h in header)
            {
                csv.WriteField(h);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var cell in row)
                {
                    csv.WriteField(Format(cell));
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }

    public static byte[] ToXlsx(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<object?>> rows, string sheetName = "Sheet1")
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var data = rows.Select(r =>
        {
            var d = new Dictionary<string, object?>(header.Count);
            for (var i = 0; i < header.Count; i++)
            {
                d[header[i]] = i < r.Count ? r[i] : null;
            }

            return d;
        }).ToList();
        using var stream = new MemoryStream();
        stream.SaveAs(data, sheetName: sheetName);
        return stream.ToArray();
    }

    private static string Format(object? cell) => cell switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "是" : "否",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? "",
    };
}
