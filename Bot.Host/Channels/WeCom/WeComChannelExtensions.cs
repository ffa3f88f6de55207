using Bot.Core.Configuration;
using Bot.Core;
using Bot.Core.Hosting;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.WeCom;

public static class WeComChannelExtensions
{
    /// <summary>True when <c>WeCom:CorpId</c> is set.</summary>
    public static bool WeComConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration[$"{WeComOptions.Section}:CorpId"]);
    }

    /// <summary>Adds the WeCom channel (callbacks in, API out) when <c>WeCom:CorpId</c> is set.</summary>
    public static IServiceCollection AddWeComChannel(this IServiceCollection services, IConfiguration configuration)
    {
        if (!WeComConfigured(configuration))
        {
            return services;
        }

        services.AddValidatedOptions<WeComOptions>(WeComOptions.Section);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WeComOptions>, WeComOptionsValidator>());
        services.TryAddSingleton<WeComAccessTokenCache>();
        services.TryAddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<WeComOptions>>();
            var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            {
                Timeout = o.Value.RequestTimeout,
            };
            return new WeComApiClient(http, o, sp.GetRequiredService<WeComAccessTokenCache>());
        });
        services.TryAddSingleton<WeComSendProblems>();
        services.TryAddSingleton<WeComCallbackGuard>();
        services.TryAddSingleton<WeComCallbackHandler>();
        services.AddStore<IWeComCardStore, LiteDbWeComCardStore, PostgresWeComCardStore>();
        services.AddStore<IWeComAppChatStore, LiteDbWeComAppChatStore, PostgresWeComAppChatStore>();
        services.TryAddSingleton<WeComCardSender>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHistoryPruneContributor, WeComCardPruner>());
        services.TryAddSingleton<WeComReplyUrls>();
        services.TryAddSingleton<WeComPassiveReplies>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IButtonPressCheck, WeComCardPressCheck>());
        services.AddSingleton<IChannelSender, WeComSender>();
        services.AddHostedService<WeComGroupSetupService>();
        services.AddSingleton(sp => Limits(sp.GetRequiredService<IOptions<WeComOptions>>().Value));
        return services;
    }

    /// <summary>What WeCom lets the bot send, as the outbox enforces it.</summary>
    public static ChannelLimits Limits(WeComOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new ChannelLimits
        {
            Channel = ChannelNames.WeCom,
            MaxTextLength = options.MaxTextLength,
            Rules =
            [
                new RateRule(RateScope.PrivateChat, options.PrivatePerMinute, TimeSpan.FromMinutes(1)),
                new RateRule(RateScope.PrivateChat, options.PrivatePerHour, TimeSpan.FromHours(1)),
                new RateRule(RateScope.GroupChat, options.GroupPerMinute, TimeSpan.FromMinutes(1)),
            ],
            MaxBatchSize = options.MaxBatchSize,
        };
    }

    /// <summary>Maps <c>/wecom/callback</c> (GET verify, POST messages) and <c>/wecom/bot/callback</c> when WeCom is configured.</summary>
    public static WebApplication MapWeComCallback(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!WeComConfigured(app.Configuration))
        {
            return app;
        }

        app.MapGet("/wecom/callback", (HttpRequest r, WeComCallbackHandler h) => h.VerifyApp(r));
        app.MapPost("/wecom/callback", (HttpRequest r, WeComCallbackHandler h, CancellationToken ct) => h.ReceiveAppAsync(r, ct));
        app.MapGet("/wecom/bot/callback", (HttpRequest r, WeComCallbackHandler h) => h.VerifyBot(r));
        app.MapPost("/wecom/bot/callback", (HttpRequest r, WeComCallbackHandler h, CancellationToken ct) => h.ReceiveBotAsync(r, ct));
        return app;
    }
}
