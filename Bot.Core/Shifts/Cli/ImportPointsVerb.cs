using Bot.Core.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Shifts;

/// <summary><c>import points FILE.csv</c>; the file is relative to the working directory.</summary>
internal sealed class ImportPointsVerb : ICliVerb
{
    public string Verb => "import";

    public string Noun => "points";

    public string Usage => $"<file.csv> [--create-communities]   columns: {PointsImporter.Columns} (aliases |-separated)";

    public Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output) =>
        CliImport.RunAsync(Noun, args, output, (reader, create) => services.GetRequiredService<PointsImporter>().Import(reader, create));
}
