using System.Globalization;
using System.Net;
using System.Text;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Tests.Resilience;

/// <summary>
/// Malformed platform payloads at the real endpoints (Telegram webhook, WeCom app callback): each is refused with a
/// 4xx, nothing is recorded, and the host goes on answering a normal message afterwards.
/// </summary>
public sealed class HostilePayloadTests
{
    private const string Secret = "hostile-webhook-secret";
    private const string AppToken = "hostileTok3n";
    private const string BotAesKey = "74zYlqRCELMTB0s8oWj0fBxTCusPfEI+R1WbU+rNlW4";

    private static readonly string[] TelegramBodies =
    [
        "{\"update_id\": 5, \"message\": {\"message_id\": 1, \"text\": \"帮",
        "{\"update_id\": \"five\", \"message\": 5}",
        "{\"update_id\": 5, \"message\": {\"message_id\": \"x\", \"chat\": [], \"date\": true, \"text\": 12}}",
        "[1, 2, 3]",
        "\"just a string\"",
        "",
        "\u0000\u0001\u0002 not json",
        new string('[', 10_000) + new string(']', 10_000),
        "{\"update_id\": 99999999999999999999999999, \"message\": {}}",
        "{\"update_id\": 7, \"message\": {\"message_id\": 1, \"date\": 0, \"chat\": {\"id\": 1, \"type\": \"private\"}, \"text\": \"" + new string('a', 3_000_000),
    ];

    [Fact]
    public async Task MalformedTelegramUpdates_AreRefusedWith4xx_AndTheWebhookKeepsServing()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        var settings = Bot.Tests.Telegram.TelegramBotRun.Settings(fake);
        settings["Telegram:Mode"] = "Webhook";
        settings["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/webhook";
        settings["Telegram:WebhookSecret"] = Secret;
        await using var host = await BotTestHost.StartAsync(settings);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var inbox = host.Get<LiteDbInbox>();

        foreach (var body in TelegramBodies)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "telegram/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
            using var response = await http.SendAsync(request);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} for a body starting {Preview(body)}");
        }

        Assert.Equal(0, inbox.Count);
        // The fake signs with the secret the bot registers through setWebhook, which the channel does in the background.
        await BotTestHost.WaitUntilAsync(() => fake.WebhookSecret == Secret, what: "the webhook registered with its secret");
        var status = await fake.PostToWebhookAsync(FakeUpdates.Text(FakeUpdates.User(4242, "李姨"), 4242, "帮助"), http, new Uri(host.BaseAddress, "telegram/webhook"));
        Assert.Equal(HttpStatusCode.OK, status);
        await BotTestHost.WaitUntilAsync(() => fake.SentTo(4242).Count > 0, what: "reply to the normal update");
    }

    [Fact]
    public async Task MalformedWeComCallbacks_AreRefusedWith4xx_AndTheCallbackKeepsServing()
    {
        await using var fake = await FakeWeComApi.StartAsync();
        await using var host = await BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["WeCom:CorpId"] = fake.CorpId,
            ["WeCom:AgentId"] = "1000002",
            ["WeCom:CorpSecret"] = fake.CorpSecret,
            ["WeCom:Token"] = AppToken,
            ["WeCom:EncodingAesKey"] = BotProcessRig.AppAesKey,
            ["WeCom:ApiBaseUrl"] = fake.BaseAddress.AbsoluteUri,
            ["WeCom:MaxCallbackBytes"] = "65536",
            ["WeCom:Bot:Token"] = "hostileBotTok",
            ["WeCom:Bot:EncodingAesKey"] = BotAesKey,
        });
        var people = host.Get<IPeopleStore>();
        host.Get<ICommunityStore>().EnsureCommunity("静园社区");
        var resident = new Person { Name = "李姨", Role = Role.Resident, CommunityId = "静园社区", WeComUserId = "liyi" };
        resident.IdentityKeys.Add($"{ChannelNames.WeCom}:liyi");
        people.Save(resident);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var callbacks = new FakeWeComCallbacks(http, "wecom/callback", AppToken, BotProcessRig.AppAesKey, fake.CorpId, json: false);
        var (query, _) = callbacks.Build("<xml></xml>");
        var laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]><xml><Encrypt>&lol3;</Encrypt></xml>";
        var envelopes = new[]
        {
            "<xml><ToUserName><![CDATA[x]]></ToUserName><Encrypt><![CDATA[abc",
            laughs,
            "<!DOCTYPE xml SYSTEM \"file:///etc/passwd\"><xml><Encrypt>x</Encrypt></xml>",
            "not xml at all \u0000",
            "",
            "<xml><Encrypt><![CDATA[" + new string('A', 200_000) + "]]></Encrypt></xml>",
            "<xml><Encrypt>" + new string('<', 5000) + "</Encrypt></xml>",
        };
        foreach (var envelope in envelopes)
        {
            using var response = await callbacks.PostRawAsync(query, envelope);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} for an envelope starting {Preview(envelope)}");
        }

        // Properly encrypted and signed, but the plaintext inside is hostile.
        foreach (var plaintext in new[] { laughs, "<xml><FromUserName>liyi</FromUserName><MsgType>text", "{\"json\": true}" })
        {
            using var response = await callbacks.PostAsync(plaintext);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} for a plaintext starting {Preview(plaintext)}");
        }

        // The intelligent bot's JSON callbacks.
        var botCallbacks = new FakeWeComCallbacks(http, "wecom/bot/callback", "hostileBotTok", BotAesKey, "", json: true);
        var (botQuery, _) = botCallbacks.Build("{}");
        foreach (var envelope in new[] { "{\"encrypt\": \"abc", "{\"encrypt\": 5}", "[\"encrypt\"]", "null", "{\"encrypt\": \"" + new string('A', 200_000) + "\"}" })
        {
            using var response = await botCallbacks.PostRawAsync(botQuery, envelope);
            Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode} for a bot envelope starting {Preview(envelope)}");
        }

        Assert.Equal(0, host.Get<LiteDbInbox>().Count);
        using var normal = await callbacks.PostAsync(FakeWeComCallbacks.TextXml(fake.CorpId, "liyi", "帮助", 6_100_000, 1_772_000_000));
        Assert.Equal(HttpStatusCode.OK, normal.StatusCode);
        await BotTestHost.WaitUntilAsync(() => fake.RequestsTo("message/send").Any(r => r.Str("touser") == "liyi"), what: "reply to the normal message");
    }

    private static string Preview(string body) =>
        body.Length > 40 ? body[..40].ToString(CultureInfo.InvariantCulture) + $"… ({body.Length} chars)" : body;
}
