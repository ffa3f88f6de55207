using Bot.Core.Notices;
using Bot.Core.Purchases;
using Bot.Core.Shifts;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core;

public static class FeaturesServiceCollectionExtensions
{
    /// <summary>
    /// Every feature, each through its one door (<c>Bot.Core/&lt;Feature&gt;/&lt;Feature&gt;Module.cs</c>), once: what the
    /// host, the command-line verbs and the tests' sweeping checks all share, so a command registered there is covered
    /// everywhere. A door registers its Quartz jobs too; they run only where <c>AddBotScheduling()</c> starts Quartz.
    /// </summary>
    public static IServiceCollection AddBotFeatures(this IServiceCollection services)
    {
        services.AddShifts();
        services.AddPurchases();
        services.AddNotices();
        return services;
    }
}
