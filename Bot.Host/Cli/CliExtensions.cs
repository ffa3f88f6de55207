using Bot.Core.Hosting;
using Bot.Core.People;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Cli;

public static class CliExtensions
{
    /// <summary>Registers the host's own command-line verbs; each feature's door registers its verbs.</summary>
    public static IServiceCollection AddCliVerbs(this IServiceCollection services)
    {
        services.TryAddSingleton<PeopleImporter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICliVerb, ImportPeopleVerb>());
        return services;
    }
}
