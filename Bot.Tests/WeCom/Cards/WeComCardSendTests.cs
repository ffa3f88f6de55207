using Bot.Core.Messaging;
using Bot.Host.Channels.WeCom;

namespace Bot.Tests.WeCom.Cards;

/// <summary>How the WeCom sender turns buttons into template cards, and where it keeps the text form.</summary>
public sealed class WeComCardSendTests
{
    private static readonly IReadOnlyList<IReadOnlyList<Button>> Claim = [[new Button("接单", "/claim 12")]];

    [Fact]
    public async Task ShortMessageWithButtons_ToAMember_IsOneButtonInteractionCard_RecordedUnderItsTaskId()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        var message = WeComSenderRig.ToUser("lisi", "新代购 #12\n鸡蛋 10个") with { Buttons = Claim };

        var result = await rig.Sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var call = Assert.Single(rig.Fake.RequestsTo("message/send"));
        Assert.Equal("template_card", call.Str("msgtype"));
        Assert.Equal("1000002", call.Str("agentid"));
        var card = Assert.Single(rig.Fake.Cards);
        Assert.Equal(("新代购 #12", "鸡蛋 10个"), (card.Title, card.SubTitle));
        Assert.Equal(("接单", "/claim 12"), Assert.Single(card.Buttons));
        var record = rig.Cards.Find(card.TaskId)!;
        Assert.Equal(["lisi"], record.Users);
        Assert.Equal("/claim 12", Assert.Single(record.Buttons).Key);
    }

    [Fact]
    public async Task LongText_GoesFirst_ThenACardWithItsFirstLine()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        var text = "预览 #3 · 党员知情\n" + new string('内', 300);
        await rig.Sender.SendAsync(WeComSenderRig.ToUser("lisi", text) with { Buttons = Claim }, CancellationToken.None);

        var calls = rig.Fake.RequestsTo("message/send");
        Assert.Equal(["text", "template_card"], calls.Select(c => c.Str("msgtype")));
        Assert.Equal(text, calls[0].Content);
        Assert.Equal("预览 #3 · 党员知情", Assert.Single(rig.Fake.Cards).Title);
    }

    [Fact]
    public async Task ABroadcastWithAButton_IsOneCardPerThousandMembers_EachMayPressOnce()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        var messages = new[] { "a1", "b2", "c3" }
            .Select(u => WeComSenderRig.ToUser(u, "【党员知情 #1】第3期") with { Buttons = [[new Button("已阅", "/ack 1")]], BatchKey = "notice:1" })
            .ToList();

        var results = await rig.Sender.SendBatchAsync(messages, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SendOutcome.Sent, r.Outcome));
        var call = Assert.Single(rig.Fake.RequestsTo("message/send"));
        Assert.Equal("a1|b2|c3", call.Str("touser"));
        Assert.Equal(["a1", "b2", "c3"], rig.Cards.Find(Assert.Single(rig.Fake.Cards).TaskId)!.Users);
    }

    [Fact]
    public async Task MoreButtonsThanACardHolds_AppGroupsAndRobots_KeepTheTextForm()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        rig.Fake.AddAppChat("jingyuanres", "zhangsan", "lisi");
        var seven = Enumerable.Range(1, 7).Select(i => (IReadOnlyList<Button>)[new Button($"社区{i}", $"/community 社区{i}")]).ToList();

        await rig.Sender.SendAsync(WeComSenderRig.ToUser("lisi", "请选择社区") with { Buttons = seven }, CancellationToken.None);
        await rig.Sender.SendAsync(WeComSenderRig.ToGroup("appchat:jingyuanres", "新代购 #12") with { Buttons = Claim }, CancellationToken.None);
        await rig.Sender.SendAsync(WeComSenderRig.ToGroup("robot:jingyuan", "新代购 #12") with { Buttons = Claim }, CancellationToken.None);

        Assert.Empty(rig.Fake.Cards);
        Assert.Contains("▸ 社区7：回复「/community 社区7」", Assert.Single(rig.Fake.RequestsTo("message/send")).Content, StringComparison.Ordinal);
        Assert.Contains("▸ 接单：回复「/claim 12」", Assert.Single(rig.Fake.RequestsTo("appchat/send")).Content, StringComparison.Ordinal);
        Assert.Contains("请在应用里给我发送「/claim 12」", Assert.Single(rig.Fake.RequestsTo("webhook/send")).Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ResendOfTheSameMessage_IsTheIdenticalCard_WhichWeComsDuplicateCheckDrops()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        var message = WeComSenderRig.ToUser("lisi", "新代购 #12") with { Buttons = Claim };

        await rig.Sender.SendAsync(message, CancellationToken.None);
        await rig.Sender.SendAsync(message, CancellationToken.None);

        Assert.Single(rig.Fake.Cards);
        Assert.Equal(1, rig.Fake.DuplicatesSuppressed);
        Assert.Matches("^[A-Za-z0-9_@-]{1,128}$", rig.Fake.Cards[0].TaskId);
    }

    [Fact]
    public void TaskIds_FollowWeComsRule()
    {
        var id = WeComCards.NewTaskId(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

        Assert.Matches("^[A-Za-z0-9_@-]{1,128}$", id);
        Assert.NotEqual(id, WeComCards.NewTaskId(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero)));
    }
}
