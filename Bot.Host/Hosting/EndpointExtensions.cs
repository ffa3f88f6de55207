using Bot.Host.Channels.WeCom;
using Bot.Host.Channels.Telegram;
using Bot.Host.Endpoints;

namespace Bot.Host.Hosting;

public static class EndpointExtensions
{
    /// <summary>Maps every HTTP endpoint the bot serves (health; channel webhooks add theirs here).</summary>
    public static WebApplication MapBotEndpoints(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapHealth();
        app.MapWeComCallback();
        app.MapTelegramWebhook();
        return app;
    }
}
