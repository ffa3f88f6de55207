using Bot.Core.Configuration;
using Bot.Core.General;
using Bot.Core.Messaging;
using Bot.Core.Messaging.Intents;
using Bot.Core.People;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Core;

/// <summary>Registers the platform-neutral core: storage, inbox, outbox, pipeline, people and the general commands.</summary>
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
        services.TryAddSingleton(sp => new BotDatabase(sp.GetRequiredService<IOptions<StorageOptions>>().Value.LiteDbPath));
        services.TryAddSingleton<HistoryPruner>();
        services.TryAddSingleton<LiteDbInbox>();
        services.TryAddSingleton<IInbox>(sp => sp.GetRequiredService<LiteDbInbox>());
        services.TryAddSingleton<LiteDbOutbox>();
        services.TryAddSingleton<IOutbox>(sp => sp.GetRequiredService<LiteDbOutbox>());
        services.TryAddSingleton<Messenger>();
        services.TryAddSingleton<ConversationStore>();
        services.TryAddSingleton<CommandRouter>();
        services.TryAddSingleton<IntentRecognizer>();
        services.TryAddSingleton<MessagePipeline>();
        services.TryAddSingleton<PeopleStore>();
        services.TryAddSingleton<InviteStore>();
        services.TryAddSingleton<PeopleService>();

        services.AddCommand<HelpHandler>();
        services.AddCommand<StartHandler>();
        services.AddCommand<CancelHandler>();
        services.AddCommand<LanguageHandler>();
        services.AddCommand<InviteHandler>();
        services.AddCommand<JoinHandler>();
        services.AddCommand<BindGroupHandler>();
        services.AddCommand<CommunityHandler>();
        services.AddCommand<ThanksHandler>();
        services.AddConversation<CommunityFlow>();
        services.AddIntents<GeneralIntents>();

        services.TryAddSingleton<InboxProcessor>();
        services.AddHostedService(sp => sp.GetRequiredService<InboxProcessor>());
        services.TryAddSingleton<ChannelActivity>();
        services.TryAddSingleton<OutboxService>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxService>());
        return services;
    }

    /// <summary>Registers a command handler with the router.</summary>
    public static IServiceCollection AddCommand<T>(this IServiceCollection services)
        where T : class, ICommandHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, T>());
        return services;
    }

    /// <summary>Registers a feature's phrase table with the <see cref="IntentRecognizer"/>.</summary>
    public static IServiceCollection AddIntents<T>(this IServiceCollection services)
        where T : class, IIntentTable
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IIntentTable, T>());
        return services;
    }

    /// <summary>Registers a conversation flow with the pipeline.</summary>
    public static IServiceCollection AddConversation<T>(this IServiceCollection services)
        where T : class, IConversationFlow
    {
        services.TryAddSingleton<T>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConversationFlow, T>(sp => sp.GetRequiredService<T>()));
        return services;
    }

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
