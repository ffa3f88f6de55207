using Bot.Core.Messaging;

namespace Bot.Host.Endpoints;

public static class HealthEndpoints
{
    /// <summary><c>GET /health</c>: 200 with the outbox backlog, for a load balancer or a person.</summary>
    public static IEndpointRouteBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        app.MapGet("/health", (LiteDbOutbox outbox) => Results.Ok(new { status = "ok", outboxPending = outbox.PendingCount() }));
        return app;
    }
}
