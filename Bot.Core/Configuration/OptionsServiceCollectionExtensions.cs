using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.Configuration;

/// <summary>Binding an options class to its appsettings section, validated at start.</summary>
public static class OptionsServiceCollectionExtensions
{
    /// <summary>Binds an options class to its section and validates it when the host starts.</summary>
    /// <remarks>Call once per options class (each feature's door does, once): binding a section twice would append its lists twice.</remarks>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateOnStart();
}
