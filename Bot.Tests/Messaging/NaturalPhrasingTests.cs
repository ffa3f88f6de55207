using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;

namespace Bot.Tests.Messaging;

/// <summary>Everyday phrasings through the real pipeline, with every feature registered (issue #13).</summary>
public sealed class NaturalPhrasingTests : IDisposable
{
    private const string Unknown = "没看懂";
    private readonly BotHarness _bot = FeatureHarness.Create();

    public NaturalPhrasingTests()
    {
        _bot.AddPerson("李姨", Role.Resident, phone: "13912345678");
        _bot.AddPerson("刘丰睿", Role.Cadre);
        _bot.AddPerson("张书记", Role.Secretary);
        _bot.BindGroup("cadres", GroupPurpose.Cadres);
    }

    [Theory]
    [InlineData("李姨", "帮我买药", "要买的东西")]
    [InlineData("李姨", "我要买菜", "要买的东西")]
    [InlineData("李姨", "想买点菜", "要买的东西")]
    [InlineData("李姨", "我的订单", "还没有代购")]
    [InlineData("李姨", "怎么用", "可用的命令")]
    [InlineData("李姨", "不要了", "没有进行中的对话")]
    [InlineData("李姨", "算了", "没有进行中的对话")]
    [InlineData("刘丰睿", "打卡", "班")]
    [InlineData("刘丰睿", "到岗", "班")]
    [InlineData("刘丰睿", "【签到】", "班")]
    [InlineData("刘丰睿", "签退", "班")]
    [InlineData("刘丰睿", "我接班", "交接")]
    [InlineData("刘丰睿", "我的值班", "排班")]
    [InlineData("刘丰睿", "待接单", "代购")]
    [InlineData("刘丰睿", "我的订单", "接单")]
    [InlineData("刘丰睿", "我来接 12", "#12")]
    [InlineData("刘丰睿", "12号已送达", "#12")]
    [InlineData("刘丰睿", "送到了 12", "#12")]
    [InlineData("张书记", "谁在岗", "")]
    [InlineData("张书记", "查岗", "")]
    public void PhrasingsThatFailedBefore_ReachACommand(string who, string text, string expected)
    {
        var replies = _bot.Say(who, text);

        Assert.NotEmpty(replies);
        Assert.All(replies, m => Assert.DoesNotContain(Unknown, m.Text, StringComparison.Ordinal));
        Assert.Contains(replies, m => m.Text.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void TwoPlausibleCommands_AreOfferedAsButtonsCarryingTheCommands()
    {
        var reply = Assert.Single(_bot.Say("李姨", "订单"));

        Assert.StartsWith("您是想", reply.Text, StringComparison.Ordinal);
        var buttons = reply.Buttons.SelectMany(r => r).ToList();
        Assert.Contains(buttons, b => b is { Label: "代购", Data: "/buy" });
        Assert.Contains(buttons, b => b is { Label: "我的代购", Data: "/mybuys" });
    }

    [Theory]
    [InlineData("谢谢")]
    [InlineData("谢谢你们")]
    [InlineData("你好")]
    public void Courtesies_GetAFriendlyAnswer(string text)
    {
        var reply = Assert.Single(_bot.Say("李姨", text));

        Assert.DoesNotContain(Unknown, reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("要买的东西", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ChitChat_InAGroup_StaysSilent()
    {
        Assert.Empty(_bot.Say("刘丰睿", "我昨天买了菜", "cadres"));
        Assert.Empty(_bot.Say("刘丰睿", "谢谢大家", "cadres"));
    }

    [Fact]
    public void ChosenTraditional_IsHonoured_ForAKeywordSpelledAlikeInBothScripts()
    {
        _bot.Say("刘丰睿", "语言 繁体");

        var reply = Assert.Single(_bot.Say("刘丰睿", "我的班次"));

        Assert.Equal("您接下來沒有排班。", reply.Text);
    }

    [Fact]
    public void ChosenEnglish_IsHonoured_ForAChineseKeyword()
    {
        _bot.Say("刘丰睿", "语言 English");

        var reply = Assert.Single(_bot.Say("刘丰睿", "帮助"));

        Assert.StartsWith("What you can do:", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TraditionalKeyword_StillImpliesTraditional_WhenNoLanguageWasChosen()
    {
        var reply = Assert.Single(_bot.Say("张书记", "幫助"));

        Assert.StartsWith("可用的命令", reply.Text, StringComparison.Ordinal);
        Assert.Contains("邀請", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("代购")]
    [InlineData("帮我买药")]
    public void InterruptedRequest_ResumesOnceTheCommunityIsChosen(string request)
    {
        var asked = Assert.Single(_bot.Say("新居民", request));
        Assert.Contains("社区", asked.Text, StringComparison.Ordinal);

        var replies = _bot.Press("新居民", "/community 静园社区");

        Assert.Equal("已登记您所在的社区：静园社区。", replies[0].Text);
        Assert.Contains("要买的东西", replies[^1].Text, StringComparison.Ordinal);
        Assert.Contains(_bot.Say("新居民", "布洛芬1盒"), m => m.Text.Contains("药品", StringComparison.Ordinal));
    }

    [Fact]
    public void InterruptedRequest_ResumesWhenTheCommunityIsTypedByName()
    {
        _bot.Say("新居民", "我要买菜");

        var replies = _bot.Say("新居民", "静园社区");

        Assert.Contains(replies, m => m.Text == "已登记您所在的社区：静园社区。");
        Assert.Contains("要买的东西", replies[^1].Text, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
