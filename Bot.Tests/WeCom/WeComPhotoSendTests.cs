using Bot.Core.Messaging;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Tests.WeCom;

/// <summary>Photos by MediaId through the real sender and the loopback WeCom API.</summary>
public sealed class WeComPhotoSendTests
{
    [Fact]
    public async Task PrivatePhoto_IsSentAsAnImageByMediaId_ThenItsTextUnderIt()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        var message = WeComSenderRig.ToUser("liyi", "#7 的购物小票。") with { PhotoRef = "MEDIA_receipt7" };

        var result = await rig.Sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var calls = rig.Fake.RequestsTo("message/send");
        Assert.Equal(2, calls.Count);
        Assert.Equal("image", calls[0].Str("msgtype"));
        Assert.Equal("MEDIA_receipt7", calls[0].MediaId);
        Assert.Equal("liyi", calls[0].Str("touser"));
        Assert.Equal("1000002", calls[0].Str("agentid"));
        Assert.Equal("text", calls[1].Str("msgtype"));
        Assert.Equal("#7 的购物小票。", calls[1].Content);
    }

    [Fact]
    public async Task PrivatePhotoWithoutText_IsOnlyTheImage()
    {
        await using var rig = await WeComSenderRig.StartAsync();

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("liyi", "") with { PhotoRef = "MEDIA_x" }, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal("MEDIA_x", Assert.Single(rig.Fake.RequestsTo("message/send")).MediaId);
    }

    [Fact]
    public async Task ImageRefusedByWeCom_IsNotReportedSent_AndItsTextIsNotSentAlone()
    {
        await using var rig = await WeComSenderRig.StartAsync();

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("liyi", "#7 的购物小票。") with { PhotoRef = "" }, CancellationToken.None);

        Assert.NotEqual(SendOutcome.Sent, result.Outcome);
        Assert.Empty(rig.Fake.RequestsTo("message/send"));
    }

    [Fact]
    public async Task PhotoAddressedToAGroup_SendsNoImage_OnlyTheText()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        var message = WeComSenderRig.ToGroup("robot:jingyuan", "#7 已送达") with { PhotoRef = "MEDIA_door7" };

        var result = await rig.Sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Empty(rig.Fake.RequestsTo("message/send"));
        var call = Assert.Single(rig.Fake.RequestsTo("webhook/send"));
        Assert.Equal("text", call.Str("msgtype"));
        Assert.DoesNotContain("MEDIA_door7", call.Body.GetRawText(), StringComparison.Ordinal);
    }
}
