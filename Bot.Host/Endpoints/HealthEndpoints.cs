using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.Options;

namespace Bot.Host.Endpoints;

public static class HealthEndpoints
{
    /// <summary>
    /// <c>GET /health/live</c>: 200 while the process answers (restart it when this fails). <c>GET /health</c> and
    /// <c>GET /health/ready</c>: readiness: 200 when the data file answers and the bot is not stopping, else 503; the
    /// body tells the data file, each channel's last successful and failed platform call, and the outbox backlog.
    /// </summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health/live", () => Results.Ok(new { status = "live" }));
        app.MapGet("/health", Ready);
        app.MapGet("/health/ready", Ready);
        return app;
    }

    private static IResult Ready(IOutboxStore outbox, IServiceProvider services, OutboxService sender, ChannelActivity activity,
        IHostApplicationLifetime lifetime)
    {
        int? pending = null;
        string? dataError = null;
        try
        {
            pending = outbox.PendingCount();
        }
        catch (Exception e) when (e is LiteDB.LiteException or System.Data.Common.DbException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            dataError = e.Message;
        }

        var stopping = lifetime.ApplicationStopping.IsCancellationRequested;
        var ready = dataError is null && !stopping;
        var body = new
        {
            status = ready ? "ok" : stopping ? "stopping" : "unavailable",
            live = true,
            ready,
            dataFile = new { path = StorageServiceCollectionExtensions.IsPostgres(services) ? null : services.GetRequiredService<BotDatabase>().FilePath, ok = dataError is null, error = dataError },
            outboxPending = pending,
            channels = sender.Channels.ToDictionary(c => c, c =>
            {
                var calls = activity.Of(c);
                return new { lastSuccess = calls.LastSuccess, lastFailure = calls.LastFailure, lastError = calls.LastError };
            }),
        };
        return ready ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
