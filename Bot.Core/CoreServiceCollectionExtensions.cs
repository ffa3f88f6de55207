using Bot.Core.Configuration;
using Bot.Core.General;
using Bot.Core.Membership;
using Bot.Core.Messaging;
using Bot.Core.Messaging.Intents;
using Bot.Core.People;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Core;

/// <summary>Registers the platform-neutral core: storage, inbox, outbox, pipeline, people, membership and the general commands.</summary>
public static class CoreServiceCollectionExtensions
{
    public static IServiceCollection AddBotCore(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddValidatedOptions<BotOptions>(BotOptions.Section);
        services.AddValidatedOptions<StorageOptions>(StorageOptions.Section);
        services.AddValidatedOptions<OutboxOptions>(OutboxOptions.Section);
        services.AddValidatedOptions<ConversationOptions>(ConversationOptions.Section);
        services.AddValidatedOptions<PeopleOptions>(PeopleOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotOptions>, CoreOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, CoreOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<OutboxOptions>, CoreOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ConversationOptions>, CoreOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PeopleOptions>, CoreOptionsValidator>());

        services.TryAddSingleton<BotClock>();
        services.AddStorageKernel();
        services.TryAddSingleton<HistoryPruner>();
        services.AddStore<IInboxStore, LiteDbInbox, PostgresInboxStore>();
        services.TryAddSingleton<Inbox>();
        services.TryAddSingleton<IInbox>(sp => sp.GetRequiredService<Inbox>());
        services.AddStore<IOutboxStore, LiteDbOutbox, PostgresOutbox>();
        services.TryAddSingleton<IOutbox>(sp => sp.GetRequiredService<IOutboxStore>());
        services.AddStore<IRateLedger, InMemoryRateLedger, PostgresRateLedger>();
        services.TryAddSingleton<Messenger>();
        services.AddStore<IConversationStore, ConversationStore, PostgresConversationStore>();
        services.TryAddSingleton<CommandRouter>();
        services.TryAddSingleton<IntentRecognizer>();
        services.TryAddSingleton<MessagePipeline>();
        services.AddStore<IPeopleStore, PeopleStore, PostgresPeopleStore>();
        services.AddStore<ICommunityStore, CommunityStore, PostgresCommunityStore>();
        services.TryAddSingleton<SenderIdentifier>();

        services.AddCommand<HelpHandler>();
        services.AddCommand<StartHandler>();
        services.AddCommand<CancelHandler>();
        services.AddCommand<LanguageHandler>();
        services.AddMembership();
        services.AddCommand<ThanksHandler>();
        services.AddIntents<GeneralIntents>();

        services.TryAddSingleton<InboxProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxProcessor>());
        services.TryAddSingleton<ChannelActivity>();
        services.TryAddSingleton<OutboxService>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxService>());
        return services;
    }
}
