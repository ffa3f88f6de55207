using System.Net;
using System.Text.Json.Nodes;
using Bot.Tests.Support;
using Microsoft.Extensions.Hosting;

namespace Bot.Tests.Hosting;

/// <summary>Readiness fails (503, with the reason) once the bot is stopping; liveness stays 200.</summary>
public sealed class HealthReadinessTests
{
    [Fact]
    public async Task OnceTheBotIsStopping_ReadinessIs503SayingStopping_AndLivenessStays200()
    {
        await using var host = await BotTestHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using (var before = await http.GetAsync(new Uri("health/ready", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // What SIGTERM does first: ApplicationStopping fires. The test host is not waiting for it to shut down
        // (it was started, not run), so Kestrel keeps answering, as it does while a real stop drains.
        host.Get<IHostApplicationLifetime>().StopApplication();
        using var ready = await http.GetAsync(new Uri("health/ready", UriKind.Relative));
        using var health = await http.GetAsync(new Uri("health", UriKind.Relative));
        using var live = await http.GetAsync(new Uri("health/live", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        var body = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("stopping", body["status"]!.GetValue<string>());
        Assert.False(body["ready"]!.GetValue<bool>());
        Assert.True(body["dataFile"]!["ok"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
