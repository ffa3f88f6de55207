using System.Net;
using System.Text;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;

namespace Bot.Tests.Telegram;

/// <summary>Webhook mode: setWebhook with the secret at start, POST /telegram/webhook guarded by the secret.</summary>
public sealed class TelegramWebhookTests
{
    private const string Secret = "s3cret_Value-for-tests";
    private static readonly System.Text.Json.Nodes.JsonObject Li = FakeUpdates.User(1001, "李姨", "li_yi");

    private static Task<TelegramBotRun> StartWebhookAsync(FakeTelegramServer fake) => TelegramBotRun.StartAsync(fake, new Dictionary<string, string?>
    {
        ["Telegram:Mode"] = "Webhook",
        ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/webhook",
        ["Telegram:WebhookSecret"] = Secret,
    });

    private static async Task<HttpStatusCode> PostAsync(TelegramBotRun run, string body, string? secret)
    {
        using var http = new HttpClient { BaseAddress = run.Host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Post, "telegram/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        using var response = await http.SendAsync(request);
        return response.StatusCode;
    }

    private static string Update(int id, string text)
    {
        var update = FakeUpdates.Text(Li, 1001, text);
        update["update_id"] = id;
        return update.ToJsonString();
    }

    [Fact]
    public async Task Start_SetsTheWebhook_WithTheSecret()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        await using var run = await StartWebhookAsync(fake);

        await BotTestHost.WaitUntilAsync(() => fake.WebhookUrl is not null, what: "setWebhook");

        Assert.Equal("https://bot.example.org/telegram/webhook", fake.WebhookUrl);
        Assert.Equal(Secret, fake.WebhookSecret);
        var call = fake.Exchanges.Single(e => e.Method == "setWebhook");
        Assert.Empty(BotApiSpec.Instance.CheckRequest(call.Method, call.Parameters, call.FormEncoded));
    }

    [Fact]
    public async Task RightSecret_IsRecordedAndAnswered_WrongOrMissingSecret_Gets401AndNothingIsRecorded()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        await using var run = await StartWebhookAsync(fake);

        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(run, Update(7001, "/probe echo wrong"), "not-the-secret"));
        Assert.Equal(HttpStatusCode.Unauthorized, await PostAsync(run, Update(7002, "/probe echo missing"), null));
        Assert.Equal(HttpStatusCode.OK, await PostAsync(run, Update(7003, "/probe echo right"), Secret));
        // Telegram delivers again when unsure: the same update_id is recorded once.
        Assert.Equal(HttpStatusCode.OK, await PostAsync(run, Update(7003, "/probe echo right"), Secret));

        var reply = (await run.SentToAsync(1001)).Single();
        Assert.Equal("echo right", reply.Text);
        await BotTestHost.WaitUntilAsync(() => run.Inbox.Pending(1).Count == 0 && run.Outbox.PendingCount() == 0, what: "quiet");
        Assert.Equal(1, run.Inbox.Count);
        Assert.Single(fake.SentTo(1001));
    }

    [Fact]
    public async Task WebhookSetByTheFake_DeliversLikeTelegram()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        await using var run = await TelegramBotRun.StartAsync(fake, new Dictionary<string, string?>
        {
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:WebhookUrl"] = "http://127.0.0.1:1/telegram/webhook",
        });
        await BotTestHost.WaitUntilAsync(() => fake.WebhookUrl is not null, what: "setWebhook");
        using var http = new HttpClient();
        var update = FakeUpdates.Text(Li, 1001, "/probe echo via fake");

        // The fake posts where the bot really listens, with the secret the bot registered.
        var status = await fake.PostToWebhookAsync(update, http, new Uri(run.Host.BaseAddress, "telegram/webhook"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("echo via fake", (await run.SentToAsync(1001)).Single().Text);
    }

    [Fact]
    public async Task BodyThatIsNotAnUpdate_Gets400()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        await using var run = await StartWebhookAsync(fake);

        Assert.Equal(HttpStatusCode.BadRequest, await PostAsync(run, "{not json", Secret));
        Assert.Equal(0, run.Inbox.Count);
    }

    [Fact]
    public async Task PollingMode_WebhookEndpointIsNotThere_AndAnOldWebhookIsDeleted()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        await using (var hooked = await StartWebhookAsync(fake))
        {
            await BotTestHost.WaitUntilAsync(() => fake.WebhookUrl is not null, what: "setWebhook");
        }

        await using var run = await TelegramBotRun.StartAsync(fake);
        fake.AddUpdate(FakeUpdates.Text(Li, 1001, "/probe echo polled"));

        Assert.Equal("echo polled", (await run.SentToAsync(1001)).Single().Text);
        Assert.Null(fake.WebhookUrl);
        Assert.Equal(HttpStatusCode.NotFound, await PostAsync(run, Update(7100, "/probe echo x"), Secret));
    }
}
