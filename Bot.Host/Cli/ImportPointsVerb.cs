using Bot.Core.Shifts;

namespace Bot.Host.Cli;

/// <summary><c>import points FILE.csv</c>.</summary>
internal sealed class ImportPointsVerb : ICliVerb
{
    public string Verb => "import";

    public string Noun => "points";

    public string Usage => $"<file.csv>   columns: {PointsImporter.Columns} (aliases |-separated)";

    public async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            await output.WriteLineAsync(args.Length == 1 ? $"file not found: {args[0]}" : "usage: import points <file.csv>").ConfigureAwait(false);
            return 1;
        }

        using var reader = new StreamReader(args[0], detectEncodingFromByteOrderMarks: true);
        var report = services.GetRequiredService<PointsImporter>().Import(reader);
        await output.WriteLineAsync(report.ToString()).ConfigureAwait(false);
        return report.Errors.Count == 0 ? 0 : 4;
    }
}
