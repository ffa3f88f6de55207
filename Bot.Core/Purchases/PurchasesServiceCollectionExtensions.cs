using Bot.Core.Configuration;
using Bot.Core;
using Bot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Core.Purchases;

/// <summary>Registers the purchases feature: its options, stores, services, conversation and commands.</summary>
public static class PurchasesServiceCollectionExtensions
{
    public static IServiceCollection AddPurchases(this IServiceCollection services)
    {
        services.AddValidatedOptions<PurchasesOptions>(PurchasesOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PurchasesOptions>, PurchasesOptionsValidator>());
        services.TryAddSingleton<PurchaseStore>();
        services.TryAddSingleton<PurchaseHouseholdStore>();
        services.TryAddSingleton<PurchaseQuota>();
        services.TryAddSingleton<PurchaseNotifier>();
        services.TryAddSingleton<PurchaseService>();
        services.TryAddSingleton<PurchaseReminderService>();
        services.TryAddSingleton<PurchaseStatistics>();
        services.TryAddSingleton<IdleConversationSweep>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDailySummaryContributor, PurchaseSummaryContributor>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPhotoHandler, PurchasePhotoHandler>());
        services.AddConversation<PurchaseFlow>();
        services.AddCommand<BuyHandler>();
        services.AddIntents<PurchaseIntents>();
        services.AddCommand<ClaimHandler>();
        services.AddCommand<ReleaseHandler>();
        services.AddCommand<BoughtHandler>();
        services.AddCommand<DeliveredHandler>();
        services.AddCommand<ReceivedHandler>();
        services.AddCommand<CancelPurchaseHandler>();
        services.AddCommand<MyPurchasesHandler>();
        services.AddCommand<PurchaseListHandler>();
        services.AddCommand<MyClaimsHandler>();
        services.AddCommand<PurchaseInfoHandler>();
        services.AddCommand<PriorityHouseholdHandler>();
        services.AddCommand<PurchaseFiguresHandler>();
        return services;
    }
}
