using Bot.Core.Messaging;
using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Tests.Support;

namespace Bot.Tests.Notices;

public sealed class NoticeAudienceTests : IDisposable
{
    private readonly BotHarness _bot = NoticeBot.Create();

    private NoticeAudienceResolver Resolver => _bot.Get<NoticeAudienceResolver>();

    public NoticeAudienceTests()
    {
        _bot.Add("张书记", Role.Secretary, partyMember: true);
        _bot.Add("刘丰睿", Role.Cadre, partyMember: true);
        _bot.Add("郭洋", Role.Cadre);
        _bot.Add("李姨", Role.Resident, partyMember: true);
        _bot.Add("贾秀云", Role.Resident);
        _bot.Add("外社区党员", Role.Cadre, partyMember: true, community: "新兴社区");
        _bot.BindGroup("干部群", GroupPurpose.Cadres);
        _bot.BindGroup("居民群", GroupPurpose.Residents);
        _bot.Communities.BindGroup(new GroupBinding { Channel = ChannelNames.Telegram, ChatId = "-100", CommunityId = NoticeBot.Community, Purpose = GroupPurpose.Cadres });
    }

    [Fact]
    public void PartyMembers_IncludesResidentPartyMembers_NotOtherCommunities()
    {
        var a = Resolver.Resolve(NoticeBot.Community, NoticeAudience.PartyMembers);

        Assert.Equal(["刘丰睿", "张书记", "李姨"], a.People.Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Empty(a.Groups);
    }

    [Fact]
    public void Cadres_AreCadresAndSecretaries()
    {
        var a = Resolver.Resolve(NoticeBot.Community, NoticeAudience.Cadres);

        Assert.Equal(["刘丰睿", "张书记", "郭洋"], a.People.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void PartyMembersAndCadres_ListEachPersonOnce()
    {
        var a = Resolver.Resolve(NoticeBot.Community, NoticeAudience.PartyMembers | NoticeAudience.Cadres);

        Assert.Equal(["刘丰睿", "张书记", "李姨", "郭洋"], a.People.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Groups_AreCadreGroupsOnRunningChannelsOnly()
    {
        // Telegram is not running in the harness, so its bound group cannot be reached.
        var a = Resolver.Resolve(NoticeBot.Community, NoticeAudience.Groups);

        Assert.Equal("console:干部群", Assert.Single(a.Groups).Id);
    }

    [Fact]
    public void ResidentGroups_AreIncludedWhenConfigured()
    {
        using var bot = NoticeBot.Create(new Dictionary<string, string?> { ["Notices:IncludeResidentGroups"] = "true" });
        bot.BindGroup("干部群", GroupPurpose.Cadres);
        bot.BindGroup("居民群", GroupPurpose.Residents);

        var a = bot.Get<NoticeAudienceResolver>().Resolve(NoticeBot.Community, NoticeAudience.Groups);

        Assert.Equal(2, a.Groups.Count);
    }

    [Fact]
    public void PeopleWithoutAnAccount_AreCountedAsUnreachable()
    {
        _bot.People.Save(new Person { Name = "未绑定", Role = Role.Cadre, CommunityId = NoticeBot.Community });

        var a = Resolver.Resolve(NoticeBot.Community, NoticeAudience.Cadres);
        var preview = Assert.Single(_bot.Say("张书记", "党课 标题\n内容"));

        Assert.Equal(1, a.Unreachable);
        Assert.Contains("其中 1 人未绑定账号", preview.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultAudience_ComesFromConfiguration()
    {
        using var bot = NoticeBot.Create(new Dictionary<string, string?> { ["Notices:DefaultAudience"] = "PartyMembers" });
        bot.Add("张书记", Role.Secretary, partyMember: true);
        bot.Add("郭洋", Role.Cadre);
        bot.BindGroup("干部群", GroupPurpose.Cadres);

        var preview = Assert.Single(bot.Say("张书记", "党课 标题\n内容"));

        Assert.Contains("发送给 0 个群、1 人", preview.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AudienceButton_ChangesTheDraft_AndShowsNewCounts()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 标题\n内容");

        var preview = Assert.Single(_bot.Press("张书记", $"/notice_audience {id} gp"));
        _bot.Press("张书记", $"/notice_send {id}");

        Assert.Contains("发送给 1 个群、3 人", preview.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.AllSent().NoticeCopies(id), c => c.To.Key == "console:郭洋");
    }

    [Fact]
    public void AudienceButton_WithUnknownLetters_RepliesUsage_AndKeepsTheDraft()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 标题\n内容");

        var reply = Assert.Single(_bot.Press("张书记", $"/notice_audience {id} xyz"));

        Assert.Contains("用法", reply.Text, StringComparison.Ordinal);
        Assert.Equal(NoticeAudience.All, _bot.Get<INoticeStore>().Get(id)!.Audience);
    }

    public void Dispose() => _bot.Dispose();
}
