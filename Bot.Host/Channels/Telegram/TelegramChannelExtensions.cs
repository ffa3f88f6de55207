using Bot.Core.Configuration;
using Bot.Core;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.Telegram;

public static class TelegramChannelExtensions
{
    /// <summary>True when <c>Telegram:BotToken</c> is set.</summary>
    public static bool TelegramConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.Section}:BotToken"]);
    }

    /// <summary>
    /// Adds the Telegram channel when a bot token is configured: options (validated at start), the client, the
    /// intake (polling and webhook both record into the inbox), the sender with Telegram's limits, and the start-up service.
    /// </summary>
    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration configuration)
    {
        if (!TelegramConfigured(configuration))
        {
            return services;
        }

        services.AddValidatedOptions<TelegramOptions>(TelegramOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>());
        services.TryAddSingleton<TelegramConnection>();
        services.TryAddSingleton<TelegramBotInfo>();
        services.TryAddSingleton<TelegramUpdateMapper>();
        services.TryAddSingleton<TelegramIntake>();
        services.AddStore<ITelegramMenuStore, LiteDbTelegramMenuStore, PostgresTelegramMenuStore>();
        services.TryAddSingleton<TelegramMenuSync>();
        services.AddHostedService(sp => sp.GetRequiredService<TelegramMenuSync>());
        services.AddSingleton(sp => Limits(sp.GetRequiredService<IOptions<TelegramOptions>>().Value));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChannelSender, TelegramSender>());
        // Polling runs on the leading host only; one host leads for good unless AddClustering chose PostgreSQL.
        services.TryAddSingleton<ILeaderElection, SingleHostLeaderElection>();
        services.AddHostedService<TelegramChannelService>();
        return services;
    }

    /// <summary>Maps <c>POST /telegram/webhook</c> when the channel is on (it answers 404 in polling mode).</summary>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        if (TelegramConfigured(endpoints.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            endpoints.MapPost(TelegramWebhookEndpoint.Path, TelegramWebhookEndpoint.HandleAsync);
        }

        return endpoints;
    }

    internal static ChannelLimits Limits(TelegramOptions o) => new()
    {
        Channel = ChannelNames.Telegram,
        MaxTextLength = 4096,
        Rules =
        [
            new RateRule(RateScope.Channel, o.MessagesPerSecond, TimeSpan.FromSeconds(1)),
            new RateRule(RateScope.PrivateChat, o.PrivateChatPerSecond, TimeSpan.FromSeconds(1)),
            new RateRule(RateScope.GroupChat, o.GroupChatPerMinute, TimeSpan.FromMinutes(1)),
        ],
        MaxConcurrency = o.MaxConcurrency,
    };
}
