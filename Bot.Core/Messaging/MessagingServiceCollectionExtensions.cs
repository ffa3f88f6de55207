using Bot.Core.Messaging.Intents;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core.Messaging;

/// <summary>How a feature plugs its commands, phrase tables and conversation flows into the pipeline.</summary>
public static class MessagingServiceCollectionExtensions
{
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
}
