using Bot.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Shifts;

/// <summary><c>import roster FILE.csv</c>; the file is relative to the working directory.</summary>
internal sealed class ImportRosterVerb : ICliVerb
{
    public string Verb => "import";

    public string Noun => "roster";

    public string Usage => $"<file.csv>   columns: {RosterImporter.Columns} (date yyyy-MM-dd, times HH:mm in Bot:TimeZone)";

    public Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output) =>
        CliImport.RunAsync(Noun, args, output, (reader, _) => services.GetRequiredService<RosterImporter>().Import(reader));
}
