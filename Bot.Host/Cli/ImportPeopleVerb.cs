using Bot.Core.People;

namespace Bot.Host.Cli;

/// <summary><c>import people FILE.csv</c>.</summary>
internal sealed class ImportPeopleVerb : ICliVerb
{
    public string Verb => "import";

    public string Noun => "people";

    public string Usage => "<file.csv>   columns: community,name,role,phone,party_member,telegram,wecom";

    public async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Length != 1 || !File.Exists(args[0]))
        {
            await output.WriteLineAsync(args.Length == 1 ? $"file not found: {args[0]}" : "usage: import people <file.csv>").ConfigureAwait(false);
            return 1;
        }

        using var reader = new StreamReader(args[0], detectEncodingFromByteOrderMarks: true);
        var report = services.GetRequiredService<PeopleImporter>().Import(reader);
        await output.WriteLineAsync(report.ToString()).ConfigureAwait(false);
        return report.Errors.Count == 0 ? 0 : 4;
    }
}
