using System.Net;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Tests.WeCom;

/// <summary>Bad callbacks are refused with a 4xx and leave nothing in the inbox.</summary>
public sealed class WeComCallbackRejectionTests(WeComHostFixture f) : IClassFixture<WeComHostFixture>
{
    private static long Now => TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();

    private string Text(string content = "帮助") => FakeWeComCallbacks.TextXml(f.CorpId, Some.Name("wx"), content, f.NextMsgId(), Now);

    [Fact]
    public async Task ForgedSignature_IsRefused_NothingRecorded()
    {
        await AssertRefused(HttpStatusCode.Forbidden, () => f.App.PostAsync(Text(), signature: "da39a3ee5e6b4b0d3255bfef95601890afd80709"));
    }

    [Fact]
    public async Task MessageForAnotherCorp_IsRefused_NothingRecorded()
    {
        var other = f.Callbacks("wwWRONGCORPID00000");

        await AssertRefused(HttpStatusCode.Forbidden, () => other.PostAsync(Text()));
    }

    [Fact]
    public async Task ReplayedNonce_IsRefused_NothingRecorded()
    {
        var nonce = f.App.NextNonce();
        using (var first = await f.App.PostAsync(Text(), nonce: nonce))
        {
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        }

        await AssertRefused(HttpStatusCode.Forbidden, () => f.App.PostAsync(Text(), nonce: nonce));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    [InlineData(-86400)]
    public async Task TimestampOutsideFiveMinutes_IsRefused_NothingRecorded(int offsetSeconds)
    {
        var stale = (Now + offsetSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        await AssertRefused(HttpStatusCode.Forbidden, () => f.App.PostAsync(Text(), timestamp: stale));
    }

    [Fact]
    public async Task MalformedPlaintextXml_IsRefused_NothingRecorded()
    {
        await AssertRefused(HttpStatusCode.BadRequest, () => f.App.PostAsync("<xml><FromUserName>x</FromUserName><MsgType>text"));
    }

    [Fact]
    public async Task PlaintextWithDtd_IsRefused_NothingRecorded()
    {
        var xml = "<?xml version=\"1.0\"?><!DOCTYPE xml [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
            + $"<xml><FromUserName>u</FromUserName><MsgType>text</MsgType><Content>&e;</Content><MsgId>{f.NextMsgId()}</MsgId></xml>";

        await AssertRefused(HttpStatusCode.BadRequest, () => f.App.PostAsync(xml));
    }

    [Fact]
    public async Task MalformedEnvelope_IsRefused_NothingRecorded()
    {
        await AssertRefused(HttpStatusCode.BadRequest, () => f.App.PostRawAsync($"msg_signature=abc&timestamp={Now}&nonce=1", "<xml><Encrypt>"));
    }

    [Fact]
    public async Task OneMegabyteBody_IsRefused_NothingRecorded()
    {
        var huge = Text(new string('疫', 350_000));

        await AssertRefused(HttpStatusCode.RequestEntityTooLarge, () => f.App.PostAsync(huge));
    }

    [Fact]
    public async Task MissingQueryParameters_AreRefused_NothingRecorded()
    {
        var (_, body) = f.App.Build(Text());

        await AssertRefused(HttpStatusCode.BadRequest, () => f.App.PostRawAsync("timestamp=1", body));
    }

    private async Task AssertRefused(HttpStatusCode expected, Func<Task<HttpResponseMessage>> post)
    {
        var before = f.InboxCount;

        using var response = await post();

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(before, f.InboxCount);
    }
}
