using Bot.Core.Messaging;
using Bot.Host.Channels.WeCom;

namespace Bot.Tests.WeCom.Cards;

/// <summary>How the sender treats an intelligent-bot answer around a passive reply: held back, counted sent, or sent as before.</summary>
public sealed class WeComReplyUrlsTests
{
    private static readonly DateTimeOffset Received = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly Uri Url = new("http://127.0.0.1/cgi-bin/aibot/response?response_code=abc");
    private static readonly string Token = WeComReplyToken.Create(Received, Url.AbsoluteUri);

    [Fact]
    public void WhileTheCallbackIsOpen_ItsRepliesAreHeldBack_ThenSentAsUsual()
    {
        var urls = new WeComReplyUrls();
        urls.Watch(Token);

        Assert.Equal(SendOutcome.Transient, urls.Gate(Reply("k1"))!.Outcome);

        urls.Unwatch(Token);
        Assert.Null(urls.Gate(Reply("k1")));
        Assert.True(urls.TryTake(Url));
    }

    [Fact]
    public void APassiveReply_CountsAsSentOnceWritten_OnlyForItsOwnMessage()
    {
        var urls = new WeComReplyUrls();
        Assert.True(urls.TryTake(Url));
        urls.BeginPassive(Url, "k1");

        Assert.Equal(SendOutcome.Transient, urls.Gate(Reply("k1"))!.Outcome);
        Assert.Null(urls.Gate(Reply("k2")));

        urls.PassiveWritten(Url);
        Assert.Equal(SendOutcome.Sent, urls.Gate(Reply("k1"))!.Outcome);
        Assert.False(urls.TryTake(Url));
    }

    [Fact]
    public void APassiveReplyThatCouldNotBeWritten_GivesTheUrlBack()
    {
        var urls = new WeComReplyUrls();
        Assert.True(urls.TryTake(Url));
        urls.BeginPassive(Url, "k1");

        urls.PassiveFailed(Url);

        Assert.Null(urls.Gate(Reply("k1")));
        Assert.True(urls.TryTake(Url));
    }

    [Fact]
    public void ABotCardUpdateNotGivenPassively_IsRefusedWithItsReason()
    {
        var urls = new WeComReplyUrls();
        var update = Reply("u1") with { ReplyToken = WeComCardToken.ForBotUpdate(WeComCardToken.ForBotPress("c1_x", Token)) };

        var result = urls.Gate(update)!;

        Assert.Equal(SendOutcome.Permanent, result.Outcome);
        Assert.Contains("passive reply", result.Error, StringComparison.Ordinal);
    }

    private static OutgoingMessage Reply(string key) => new()
    {
        To = new ChatAddress(ChannelNames.WeCom, "aibot:wrk1", ChatKind.Group), Text = "好的", ReplyToken = Token, DedupeKey = key,
    };
}
