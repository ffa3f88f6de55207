using System.Net;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Tests.WeCom;

/// <summary>The real host receiving encrypted app callbacks and answering through the (fake) WeCom API.</summary>
public sealed class WeComCallbackTests(WeComHostFixture f) : IClassFixture<WeComHostFixture>
{
    private long CreateTime => TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();

    [Fact]
    public async Task UrlVerification_AnswersTheDecryptedEchostr_AndNothingElse()
    {
        using var response = await f.App.VerifyAsync("1616140317555161061");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1616140317555161061", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task UrlVerification_WithForgedSignature_IsRefused()
    {
        using var response = await f.App.VerifyAsync("1616140317555161061", signature: new string('0', 40));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task HelpText_IsRecorded_AndAnsweredThroughMessageSend()
    {
        var user = Some.Name("wx");
        var msgId = f.NextMsgId();

        using var response = await f.App.PostAsync(FakeWeComCallbacks.TextXml(f.CorpId, user, "帮助", msgId, CreateTime));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
        Assert.NotNull(f.Inbox(msgId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await BotTestHost.WaitUntilAsync(() => f.SentTo(user).Count > 0, what: "help reply via message/send");
        Assert.Contains("/help", f.SentTo(user)[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MenuClickEvent_RunsItsKeyAsACommand()
    {
        var user = Some.Name("wx");

        using var response = await f.App.PostAsync(FakeWeComCallbacks.EventXml(f.CorpId, user, "click", "帮助", CreateTime));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await BotTestHost.WaitUntilAsync(() => f.SentTo(user).Count > 0, what: "reply to the click event");
        Assert.Contains("/help", f.SentTo(user)[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnterAgentEvent_IsGreeted()
    {
        var user = Some.Name("wx");
        var created = CreateTime;

        using var response = await f.App.PostAsync(FakeWeComCallbacks.EventXml(f.CorpId, user, "enter_agent", "", created));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/start", f.Inbox($"ev:{user}:{created}:enter_agent")!.Text);
        await BotTestHost.WaitUntilAsync(() => f.SentTo(user).Count > 0, what: "greeting");
    }

    [Fact]
    public async Task RetriedEvent_IsHandledOnce()
    {
        var user = Some.Name("wx");
        var xml = FakeWeComCallbacks.EventXml(f.CorpId, user, "click", "帮助", CreateTime);
        var before = f.InboxCount;

        for (var i = 0; i < 3; i++)
        {
            using var response = await f.App.PostAsync(xml);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before + 1, f.InboxCount);
    }

    [Fact]
    public async Task Location_IsRecordedWithItsCoordinates()
    {
        var user = Some.Name("wx");
        var msgId = f.NextMsgId();
        var xml = $"<xml><ToUserName><![CDATA[{f.CorpId}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
            + $"<CreateTime>{CreateTime}</CreateTime><MsgType><![CDATA[location]]></MsgType><Location_X>39.1186</Location_X>"
            + $"<Location_Y>117.196</Location_Y><Scale>15</Scale><Label><![CDATA[和平区]]></Label><MsgId>{msgId}</MsgId></xml>";

        using var response = await f.App.PostAsync(xml);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = f.Inbox(msgId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(39.1186, record!.Latitude);
        Assert.Equal(117.196, record.Longitude);
    }

    [Fact]
    public async Task UnknownMessageType_IsAcknowledged_ButNotRecorded()
    {
        var before = f.InboxCount;
        var xml = $"<xml><ToUserName>{f.CorpId}</ToUserName><FromUserName>{Some.Name("wx")}</FromUserName><CreateTime>{CreateTime}</CreateTime>"
            + $"<MsgType>voice</MsgType><MediaId>voice-1</MediaId><Format>amr</Format><MsgId>{f.NextMsgId()}</MsgId></xml>";

        using var response = await f.App.PostAsync(xml);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, f.InboxCount);
    }

    [Fact]
    public async Task Image_IsRecordedWithItsMediaIdAsThePhoto()
    {
        var user = Some.Name("wx");
        var msgId = f.NextMsgId();

        using var response = await f.App.PostAsync(FakeWeComCallbacks.ImageXml(f.CorpId, user, "MEDIA_abc123", msgId, CreateTime));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var record = f.Inbox(msgId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("MEDIA_abc123", record!.Photo);
        Assert.Null(record.Text);
        Assert.Equal(user, record.SenderId);
    }

    [Fact]
    public async Task ImageWithoutMediaId_IsAcknowledged_ButNotRecorded()
    {
        var before = f.InboxCount;
        var xml = $"<xml><ToUserName>{f.CorpId}</ToUserName><FromUserName>{Some.Name("wx")}</FromUserName><CreateTime>{CreateTime}</CreateTime>"
            + $"<MsgType>image</MsgType><PicUrl>http://example.invalid/a.jpg</PicUrl><MsgId>{f.NextMsgId()}</MsgId></xml>";

        using var response = await f.App.PostAsync(xml);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(before, f.InboxCount);
    }

    [Fact]
    public async Task RetriedCallback_IsHandledOnce()
    {
        var user = Some.Name("wx");
        var msgId = f.NextMsgId();
        var xml = FakeWeComCallbacks.TextXml(f.CorpId, user, "帮助", msgId, CreateTime);
        var before = f.InboxCount;

        // WeCom retries a callback it got no quick answer for: same message, new nonce and signature.
        for (var i = 0; i < 3; i++)
        {
            using var response = await f.App.PostAsync(xml);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(before + 1, f.InboxCount);
        var outbox = f.Host.Get<Bot.Core.Messaging.LiteDbOutbox>();
        await BotTestHost.WaitUntilAsync(() => f.Inbox(msgId.ToString(System.Globalization.CultureInfo.InvariantCulture))!.Handled
            && outbox.PendingCount(Bot.Core.Messaging.ChannelNames.WeCom) == 0 && f.SentTo(user).Count > 0, what: "reply sent");
        Assert.Single(f.SentTo(user));
    }
}
