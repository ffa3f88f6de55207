using System.Globalization;
using Bot.Core.Exports;
using Bot.Core.Hosting;
using Bot.Core.People;
using Bot.Core.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Shifts;

/// <summary><c>export attendance --from DATE --to DATE --out FILE.csv|FILE.xlsx [--community NAME]</c>.</summary>
internal sealed class ExportAttendanceVerb : ICliVerb
{
    public string Verb => "export";

    public string Noun => "attendance";

    public string Usage => "--from yyyy-MM-dd --to yyyy-MM-dd --out <file.csv|file.xlsx> [--community NAME]";

    public async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        args = CliArgs.Positional(args);
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options[args[i].TrimStart('-')] = args[i + 1];
        }

        if (args.Length % 2 != 0 || !options.TryGetValue("from", out var fromText) || !options.TryGetValue("to", out var toText)
            || !options.TryGetValue("out", out var file))
        {
            await output.WriteLineAsync($"usage: export attendance {Usage}").ConfigureAwait(false);
            return 1;
        }

        if (!DateOnly.TryParseExact(fromText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
            || !DateOnly.TryParseExact(toText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to) || to < from)
        {
            await output.WriteLineAsync("--from and --to must be dates like 2026-03-01 (yyyy-MM-dd), --from not after --to").ConfigureAwait(false);
            return 1;
        }

        var extension = Path.GetExtension(file).ToLowerInvariant();
        if (extension is not ".csv" and not ".xlsx")
        {
            await output.WriteLineAsync("--out must end in .csv or .xlsx").ConfigureAwait(false);
            return 1;
        }

        var (header, rows) = services.GetRequiredService<AttendanceExport>().Table(from, to, options.GetValueOrDefault("community"), Language.ZhHans);
        var bytes = extension == ".csv" ? TableExport.ToCsv(header, rows) : TableExport.ToXlsx(header, rows, "attendance");
        // Relative to the working directory; the message names the absolute path.
        file = Path.GetFullPath(file);
        var dir = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        await File.WriteAllBytesAsync(file, bytes).ConfigureAwait(false);
        await output.WriteLineAsync($"{rows.Count} rows written to {file}").ConfigureAwait(false);
        return 0;
    }
}
