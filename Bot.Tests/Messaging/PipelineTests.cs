using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;
using Bot.Tests.Support;

namespace Bot.Tests.Messaging;

public sealed class PipelineTests : IDisposable
{
    private readonly BotHarness _bot = new();

    [Theory]
    [InlineData(Role.Resident, false)]
    [InlineData(Role.Cadre, false)]
    [InlineData(Role.Secretary, true)]
    [InlineData(Role.Admin, true)]
    public void Invite_IsAllowedOnlyForSecretariesAndAdmins(Role role, bool allowed)
    {
        var name = Some.Name();
        _bot.AddPerson(name, role);

        var reply = Assert.Single(_bot.Say(name, "邀请 干部"));

        Assert.Equal(allowed, reply.Text.Contains("邀请码", StringComparison.Ordinal));
        Assert.Equal(!allowed, reply.Text.Contains("仅限", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Role.Cadre)]
    [InlineData(Role.Secretary)]
    public void Join_IsRefusedToStaff_WithOneLineReason(Role role)
    {
        var name = Some.Name();
        _bot.AddPerson(name, role);

        var reply = Assert.Single(_bot.Say(name, "加入 ABCDEFGH"));

        Assert.Equal("「加入」仅限居民使用。", reply.Text);
    }

    [Fact]
    public void Denial_InEnglish_ForSlashCommandOfEnglishSpeaker()
    {
        var p = _bot.AddPerson("Tom", Role.Cadre);
        p.Language = Language.English;
        _bot.People.Save(p);

        var reply = Assert.Single(_bot.Say("Tom", "/invite cadre"));

        Assert.Equal("\"/invite\" is only for secretaries.", reply.Text);
    }

    [Fact]
    public void SameMessageTwice_IsHandledOnce()
    {
        _bot.AddPerson("张书记", Role.Secretary);
        var message = _bot.Message("张书记", "帮助");

        var first = _bot.Deliver(message);
        var second = _bot.Deliver(message);

        Assert.Single(first);
        Assert.Empty(second);
    }

    [Fact]
    public void UnknownText_InPrivate_GetsHint_InGroup_Silence()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        _bot.BindGroup("干部群", GroupPurpose.Cadres);

        var privately = Assert.Single(_bot.Say("郭洋", "今天天气不错"));
        var inGroup = _bot.Say("郭洋", "今天天气不错", "干部群");

        Assert.Contains("帮助", privately.Text, StringComparison.Ordinal);
        Assert.Empty(inGroup);
    }

    [Fact]
    public void UnboundGroup_CommandGetsBindingHint()
    {
        _bot.AddPerson("郭洋", Role.Cadre);

        var reply = Assert.Single(_bot.Say("郭洋", "邀请 干部", "某群"));

        Assert.Contains("绑定本群", reply.Text, StringComparison.Ordinal);
        Assert.Equal(ChatKind.Group, reply.To.Kind);
    }

    [Fact]
    public void NewResident_IsAskedForCommunity_ThenPicksIt()
    {
        _bot.Communities.EnsureCommunity("静园社区");

        var first = Assert.Single(_bot.Say("新居民", "请问怎么用"));
        var picked = Assert.Single(_bot.Say("新居民", "社区 静园社区"));

        Assert.Contains("社区", first.Text, StringComparison.Ordinal);
        Assert.Equal("已登记您所在的社区：静园社区。", picked.Text);
        Assert.Equal("静园社区", _bot.People.FindByIdentity(ChannelNames.Console, "新居民")!.CommunityId);
    }

    [Fact]
    public void ResidentWritingInBoundGroup_InheritsCommunity()
    {
        _bot.BindGroup("居民群", GroupPurpose.Residents, "朝阳里社区");

        _bot.Say("贾秀云", "帮助", "居民群");

        Assert.Equal("朝阳里社区", _bot.People.FindByIdentity(ChannelNames.Console, "贾秀云")!.CommunityId);
    }

    [Fact]
    public void BindGroup_BySecretary_BindsToTheirCommunity()
    {
        _bot.AddPerson("张书记", Role.Secretary);

        var reply = Assert.Single(_bot.Say("张书记", "绑定本群 居民群", "楼栋群"));

        Assert.Equal("本群已绑定为静园社区的居民群。", reply.Text);
        Assert.Equal(GroupPurpose.Residents, _bot.Communities.FindGroup(ChannelNames.Console, "楼栋群")!.Purpose);
    }

    [Fact]
    public void Help_ListsOnlyCommandsTheRoleMayUse()
    {
        _bot.AddPerson("居民甲", Role.Resident);
        _bot.AddPerson("张书记", Role.Secretary);

        var resident = Assert.Single(_bot.Say("居民甲", "帮助")).Text;
        var secretary = Assert.Single(_bot.Say("张书记", "幫助")).Text;

        Assert.DoesNotContain("/invite", resident, StringComparison.Ordinal);
        Assert.Contains("/invite", secretary, StringComparison.Ordinal);
        Assert.Contains("可用的命令", secretary, StringComparison.Ordinal);
        Assert.Contains("邀請", secretary, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_ChoiceIsKept()
    {
        _bot.AddPerson("郭洋", Role.Cadre);

        var set = Assert.Single(_bot.Say("郭洋", "语言 English"));
        var help = Assert.Single(_bot.Say("郭洋", "/help"));

        Assert.Equal("Language set to English.", set.Text);
        Assert.StartsWith("What you can do:", help.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
