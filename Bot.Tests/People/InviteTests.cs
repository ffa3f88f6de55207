using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;

namespace Bot.Tests.People;

public sealed class InviteTests : IDisposable
{
    private readonly BotHarness _bot = new();

    public InviteTests() => _bot.AddPerson("张书记", Role.Secretary);

    private string NewCode()
    {
        var reply = Assert.Single(_bot.Say("张书记", "邀请 干部"));
        var code = reply.Text.Split('：', '\n')[1];
        Assert.Equal(8, code.Length);
        return code;
    }

    [Fact]
    public void Join_WithFreshCode_MakesTheSenderACadreOfTheCommunity()
    {
        var code = NewCode();

        var reply = Assert.Single(_bot.Say("王干部", $"加入 {code}"));

        var person = _bot.People.FindByIdentity(ChannelNames.Console, "王干部")!;
        Assert.Equal(Role.Cadre, person.Role);
        Assert.Equal("静园社区", person.CommunityId);
        Assert.Contains("欢迎", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Join_CodeIsSingleUse()
    {
        var code = NewCode();
        _bot.Say("王干部", $"加入 {code}");

        var reply = Assert.Single(_bot.Say("李干部", $"/join {code.ToLowerInvariant()}"));

        Assert.Equal("这个邀请码已经用过了，请向书记要一个新的。", reply.Text);
        Assert.Equal(Role.Resident, _bot.People.FindByIdentity(ChannelNames.Console, "李干部")!.Role);
    }

    [Fact]
    public void Join_AfterExpiry_IsRefused()
    {
        var code = NewCode();
        _bot.Time.Advance(TimeSpan.FromHours(48));

        var reply = Assert.Single(_bot.Say("王干部", $"加入 {code}"));

        Assert.Equal("这个邀请码已过期，请向书记要一个新的。", reply.Text);
    }

    [Fact]
    public void Join_JustBeforeExpiry_Works()
    {
        var code = NewCode();
        _bot.Time.Advance(TimeSpan.FromHours(48) - TimeSpan.FromSeconds(1));

        _bot.Say("王干部", $"加入 {code}");

        Assert.Equal(Role.Cadre, _bot.People.FindByIdentity(ChannelNames.Console, "王干部")!.Role);
    }

    [Fact]
    public void Join_InAGroup_IsRefusedSoTheCodeStaysPrivate()
    {
        _bot.BindGroup("居民群", GroupPurpose.Residents);
        var code = NewCode();

        var reply = Assert.Single(_bot.Say("王干部", $"加入 {code}", "居民群"));

        Assert.Contains("私聊", reply.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
