using Bot.Core.People;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Host.Cli;

public static class CliExtensions
{
    /// <summary>Registers the command-line verbs.</summary>
    public static IServiceCollection AddCliVerbs(this IServiceCollection services)
    {
        services.TryAddSingleton<PeopleImporter>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICliVerb, ImportPeopleVerb>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICliVerb, ImportPointsVerb>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICliVerb, ImportRosterVerb>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICliVerb, ExportAttendanceVerb>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICliVerb, ExportAcksVerb>());
        return services;
    }
}
