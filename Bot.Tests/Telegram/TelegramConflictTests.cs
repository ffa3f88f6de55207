using System.Net;
using Bot.Host.Hosting;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;

namespace Bot.Tests.Telegram;

public sealed class TelegramConflictTests
{
    [Fact]
    public async Task AnotherPoller_Causes409_TheBotBacksOffAndGoesOn()
    {
        await using var run = await TelegramBotRun.StartAsync();
        await BotTestHost.WaitUntilAsync(() => run.Fake.Exchanges.Any(e => e.Method == "deleteWebhook"), what: "bot started");
        using var http = new HttpClient { BaseAddress = run.Fake.BaseUrl };

        // A second instance with the same token polls once: Telegram ends the bot's long poll with 409 Conflict.
        using var rogue = await http.GetAsync(new Uri(run.Fake.BaseUrl, $"./bot{run.Fake.Token}/getUpdates?timeout=1"));
        await BotTestHost.WaitUntilAsync(() => run.Fake.Exchanges.Any(e => e.Method == "getUpdates" && e.Status == 409), what: "409 seen");
        run.Fake.AddUpdate(FakeUpdates.Text(FakeUpdates.User(1001, "李姨"), 1001, "/probe echo after conflict"));

        // Whichever poll came last wins; the bot's next poll also ends the rogue's one.
        Assert.Contains(rogue.StatusCode, new[] { HttpStatusCode.OK, HttpStatusCode.Conflict });
        Assert.Equal("echo after conflict", (await run.SentToAsync(1001)).Single().Text);
    }

    [Fact]
    public async Task BadWebhookConfiguration_StopsTheHost_WithOneLinePerProblem()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = FakeTelegramServer.DefaultToken,
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookSecret"] = "bad secret!",
        };

        var e = await Assert.ThrowsAnyAsync<Exception>(() => BotTestHost.StartAsync(settings));

        var failures = BotHostBuilder.ConfigurationFailures(e);
        Assert.Contains(failures, f => f.StartsWith("Telegram:WebhookUrl:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Telegram:WebhookSecret:", StringComparison.Ordinal));
        Assert.DoesNotContain(failures, f => f.Contains("bad secret!", StringComparison.Ordinal));
    }
}
