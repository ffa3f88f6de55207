using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.Configuration;

/// <summary>Binding an options class to its appsettings section, validated at start.</summary>
public static class OptionsServiceCollectionExtensions
{
    /// <summary>Binds an options class to its section and validates it when the host starts.</summary>
    /// <remarks>
    /// Idempotent: binding a section twice would append its lists twice (a feature may be registered by the host and
    /// again by its scheduling extension).
    /// </remarks>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class
    {
        if (services.Any(d => d.ServiceType == typeof(OptionsSection<T>)))
        {
            return services.AddOptions<T>();
        }

        services.AddSingleton(new OptionsSection<T>(section));
        return services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
    }

    /// <summary>Marks an options class as bound (see <see cref="AddValidatedOptions{T}"/>).</summary>
    private sealed record OptionsSection<T>(string Section);
}
