using Bot.Core.Messaging;
using Bot.Host.Channels.WeCom;

namespace Bot.Tests.WeCom;

public sealed class WeComGroupSendTests
{
    [Fact]
    public async Task AppChatGroup_IsSentThroughAppChatSend()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        var created = await rig.Api.CreateAppChatAsync("jingyuan-cadres", "静园社区干部群", "zhangsan", ["zhangsan", "liufengrui", "guoyang"], CancellationToken.None);

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToGroup("appchat:jingyuan-cadres", "交接班提醒"), CancellationToken.None);

        Assert.True(created.Ok, created.ToString());
        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var call = Assert.Single(rig.Fake.RequestsTo("appchat/send"));
        Assert.Equal("jingyuan-cadres", call.Str("chatid"));
        Assert.Equal("交接班提醒", call.Content);
    }

    [Fact]
    public async Task AppChatGroup_ThatDoesNotExist_IsRefused()
    {
        await using var rig = await WeComSenderRig.StartAsync();

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToGroup("appchat:nope", "x"), CancellationToken.None);

        Assert.Equal(SendOutcome.Permanent, result.Outcome);
    }

    [Fact]
    public async Task RobotGroup_IsSentThroughItsWebhookKey()
    {
        await using var rig = await WeComSenderRig.StartAsync();

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToGroup("robot:jingyuan", "核酸检测通知"), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var call = Assert.Single(rig.Fake.RequestsTo("webhook/send"));
        Assert.Equal("robot-key-1", call.Query["key"]);
    }

    [Fact]
    public async Task RobotGroup_WithUnknownName_IsRefusedWithAHint()
    {
        await using var rig = await WeComSenderRig.StartAsync();

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToGroup("robot:nobody", "x"), CancellationToken.None);

        Assert.Equal(SendOutcome.Permanent, result.Outcome);
        Assert.Contains("WeCom:Robots", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AiBotGroupReply_UsesTheResponseUrlOnce_ThenFallsBackToTheGroupRobot()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        var token = WeComReplyToken.Create(rig.Time.GetUtcNow(), rig.Fake.ResponseUrl("code-1"));

        var first = await rig.Sender.SendAsync(WeComSenderRig.ToGroup("aibot:wrkGroup1", "第一条", token), CancellationToken.None);
        var second = await rig.Sender.SendAsync(WeComSenderRig.ToGroup("aibot:wrkGroup1", "第二条", token), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, first.Outcome);
        Assert.Equal(SendOutcome.Sent, second.Outcome);
        Assert.Equal("第一条", Assert.Single(rig.Fake.RequestsTo("aibot/response")).Content);
        Assert.Equal("第二条", Assert.Single(rig.Fake.RequestsTo("webhook/send")).Content);
    }

    [Fact]
    public async Task AiBotPrivateReply_AfterTheResponseUrlExpired_GoesThroughTheApp()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        var token = WeComReplyToken.Create(rig.Time.GetUtcNow(), rig.Fake.ResponseUrl("code-2"));
        rig.Time.Advance(TimeSpan.FromMinutes(61));

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("wangwu", "迟到的回复", token), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Empty(rig.Fake.RequestsTo("aibot/response"));
        Assert.Equal("wangwu", Assert.Single(rig.Fake.RequestsTo("message/send")).Str("touser"));
    }

    [Fact]
    public async Task AiBotGroupReply_WithSpentUrlAndNoRobot_IsRefusedWithAHint()
    {
        await using var rig = await WeComSenderRig.StartAsync();

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToGroup("aibot:wrkOther", "x"), CancellationToken.None);

        Assert.Equal(SendOutcome.Permanent, result.Outcome);
        Assert.Contains("WeCom:Bot:GroupRobots", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Buttons_AreRenderedAsLinesTellingWhatToReply_WhenCardsAreOff()
    {
        await using var rig = await WeComSenderRig.StartAsync(o => o.Cards = false);
        var message = WeComSenderRig.ToUser("lisi", "李姨需要买菜") with
        {
            Buttons = [[new Button("接单", "/claim 12"), new Button("忽略", "/skip 12")]],
        };

        await rig.Sender.SendAsync(message, CancellationToken.None);

        var content = Assert.Single(rig.Fake.RequestsTo("message/send")).Content;
        Assert.Equal("李姨需要买菜\n▸ 接单：回复「/claim 12」\n▸ 忽略：回复「/skip 12」", content);
    }

    [Fact]
    public void Buttons_InAGroupRobotMessage_TellToSendTheCommandToTheApp()
    {
        var message = new OutgoingMessage
        {
            To = new ChatAddress(ChannelNames.WeCom, WeComChatIds.Robot + "jingyuan", ChatKind.Group),
            Text = "新代购 #12",
            Buttons = [[new Button("接单", "/claim 12")]],
        };

        Assert.Equal("新代购 #12\n▸ 接单：请在应用里给我发送「/claim 12」", WeComMessageFormatter.Render(message));
    }
}
