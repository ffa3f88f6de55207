using Bot.Core.Hosting;
using Bot.Core.People;

namespace Bot.Host.Cli;

/// <summary><c>import people FILE.csv</c>; the file is relative to the working directory.</summary>
internal sealed class ImportPeopleVerb : ICliVerb
{
    public string Verb => "import";

    public string Noun => "people";

    public string Usage => "<file.csv> [--create-communities]   columns: community,name,role,phone,party_member,telegram,wecom";

    public Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output) =>
        CliImport.RunAsync(Noun, args, output, (reader, create) => services.GetRequiredService<PeopleImporter>().Import(reader, create));
}
