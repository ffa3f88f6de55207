using System.Net;
using System.Text.Json;
using Bot.Core.Messaging;
using Bot.Tests.Support;

namespace Bot.Tests.WeCom;

/// <summary>The intelligent bot: group @-mentions reach the pipeline and are answered through the response_url.</summary>
public sealed class WeComBotCallbackTests(WeComHostFixture f) : IClassFixture<WeComHostFixture>
{
    [Fact]
    public async Task UrlVerification_WithEmptyReceiveId_AnswersTheEchostr()
    {
        using var response = await f.Bot.VerifyAsync("5512345678901234567");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("5512345678901234567", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GroupAtMessage_IsAnsweredThroughTheResponseUrl()
    {
        var code = Some.Id();
        var msgId = Some.Id();
        var payload = Payload(msgId, "wrkJingyuan", "group", Some.Name("ww"), "@值班助手 帮助", f.Fake.ResponseUrl(code));

        using var response = await f.Bot.PostAsync(payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = f.Inbox("aibot:" + msgId);
        Assert.Equal("aibot:wrkJingyuan", record!.ChatId);
        Assert.Equal(ChatKind.Group, record.ChatKind);
        Assert.Equal("帮助", record.Text);
        await BotTestHost.WaitUntilAsync(() => f.Fake.RequestsTo("aibot/response").Any(r => r.Query["response_code"] == code),
            what: "reply through response_url");
        var reply = f.Fake.RequestsTo("aibot/response").Single(r => r.Query["response_code"] == code);
        Assert.Equal("markdown", reply.Str("msgtype"));
        Assert.Contains("/help", reply.Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SingleChatMessage_IsThePrivateChatOfTheMember()
    {
        var user = Some.Name("ww");
        var msgId = Some.Id();

        using var response = await f.Bot.PostAsync(Payload(msgId, "", "single", user, "帮助", f.Fake.ResponseUrl(Some.Id())));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = f.Inbox("aibot:" + msgId);
        Assert.Equal(user, record!.ChatId);
        Assert.Equal(ChatKind.Private, record.ChatKind);
    }

    [Fact]
    public async Task AppCredentials_DoNotOpenTheBotCallback()
    {
        var before = f.InboxCount;
        var wrongKey = new Support.FakeWeCom.FakeWeComCallbacks(f.Http, "wecom/bot/callback", WeComHostFixture.AppToken,
            WeComHostFixture.AppAesKey, "", json: true);

        using var response = await wrongKey.PostAsync(Payload(Some.Id(), "wrkJingyuan", "group", "x", "帮助", "http://127.0.0.1/"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before, f.InboxCount);
    }

    [Fact]
    public async Task MalformedJson_IsRefused_NothingRecorded()
    {
        var before = f.InboxCount;

        using var response = await f.Bot.PostAsync("{\"msgid\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, f.InboxCount);
    }

    private static string Payload(string msgId, string chatId, string chatType, string user, string text, string responseUrl) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["msgid"] = msgId,
            ["aibotid"] = "AIBOTID",
            ["chatid"] = chatId,
            ["chattype"] = chatType,
            ["from"] = new Dictionary<string, string> { ["userid"] = user },
            ["response_url"] = responseUrl,
            ["msgtype"] = "text",
            ["text"] = new Dictionary<string, string> { ["content"] = text },
        });
}
