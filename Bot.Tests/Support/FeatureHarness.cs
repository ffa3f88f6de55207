using Bot.Core;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Support;

/// <summary>A <see cref="BotHarness"/> with every feature registered, as the host has them.</summary>
public static class FeatureHarness
{
    /// <summary>Registers all features (added here as they land), so sweeping tests cover every command.</summary>
    public static void AddAllFeatures(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddBotFeatures();
    }

    public static BotHarness Create(IDictionary<string, string?>? settings = null) => new(AddAllFeatures, settings);
}
