using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Core.Purchases;

/// <summary>The Purchases feature's one public door; everything else in <c>Bot.Core.Purchases</c> is internal.</summary>
public static class PurchasesModule
{
    /// <summary>
    /// Registers the whole Purchases feature: options, stores, services, the purchase conversation and photo handler,
    /// commands, its lines in the daily summary, and its two Quartz jobs, both fired every
    /// <c>Purchases:SweepInterval</c> (reminders / auto-close, and idle conversations). Call once, after
    /// <c>AddBotCore()</c>; the jobs run where <c>AddBotScheduling()</c> is registered too.
    /// </summary>
    public static IServiceCollection AddPurchases(this IServiceCollection services)
    {
        services.AddValidatedOptions<PurchasesOptions>(PurchasesOptions.Section);
        services.AddSingleton<IValidateOptions<PurchasesOptions>, PurchasesOptionsValidator>();
        services.AddStore<IPurchaseStore, PurchaseStore, PostgresPurchaseStore>();
        services.AddStore<IPurchaseHouseholdStore, PurchaseHouseholdStore, PostgresPurchaseHouseholdStore>();
        services.AddSingleton<PurchaseQuota>();
        services.AddSingleton<PurchaseNotifier>();
        services.AddSingleton<PurchaseService>();
        services.AddSingleton<PurchaseReminderService>();
        services.AddSingleton<PurchaseStatistics>();
        services.AddSingleton<IdleConversationSweep>();
        services.AddSingleton<IDailySummaryContributor, PurchaseSummaryContributor>();
        services.AddSingleton<IPhotoHandler, PurchasePhotoHandler>();
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

        services.AddQuartz(q =>
        {
            PurchaseJobs.Every<PurchaseRemindersJob>(q, "purchase-reminders");
            PurchaseJobs.Every<IdleConversationsJob>(q, "idle-conversations");
        });
        return services;
    }
}
