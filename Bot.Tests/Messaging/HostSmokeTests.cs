using System.Net.Http.Json;
using Bot.Tests.Support;

namespace Bot.Tests.Messaging;

public sealed class HostSmokeTests
{
    [Fact]
    public async Task Host_Starts_AndAnswersHealth()
    {
        await using var host = await BotTestHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var health = await http.GetFromJsonAsync<Dictionary<string, object>>("health");

        Assert.Equal("ok", health!["status"].ToString());
    }
}
