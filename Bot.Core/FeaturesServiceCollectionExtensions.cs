using Bot.Core.Notices;
using Bot.Core.Purchases;
using Bot.Core.Shifts;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core;

public static class FeaturesServiceCollectionExtensions
{
    /// <summary>
    /// Every feature's commands, stores and services (no scheduling): what the host, the command-line verbs and the
    /// tests' sweeping checks all share, so a command registered here is covered everywhere.
    /// </summary>
    public static IServiceCollection AddBotFeatures(this IServiceCollection services)
    {
        services.AddShifts();
        services.AddPurchases();
        services.AddNotices();
        return services;
    }
}
