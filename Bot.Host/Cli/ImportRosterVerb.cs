using Bot.Core.Shifts;

namespace Bot.Host.Cli;

/// <summary><c>import roster FILE.csv</c>.</summary>
internal sealed class ImportRosterVerb : ICliVerb
{
    public string Verb => "import";

    public string Noun => "roster";

    public string Usage => $"<file.csv>   columns: {RosterImporter.Columns} (date yyyy-MM-dd, times HH:mm in Bot:TimeZone)";

    public async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            await output.WriteLineAsync(args.Length == 1 ? $"file not found: {args[0]}" : "usage: import roster <file.csv>").ConfigureAwait(false);
            return 1;
        }

        using var reader = new StreamReader(args[0], detectEncodingFromByteOrderMarks: true);
        var report = services.GetRequiredService<RosterImporter>().Import(reader);
        await output.WriteLineAsync(report.ToString()).ConfigureAwait(false);
        return report.Errors.Count == 0 ? 0 : 4;
    }
}
