using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;

namespace Bot.Tests.WeCom;

/// <summary>Community groups from <c>WeCom:Groups</c> are bound at start, and app group chats created once.</summary>
public sealed class WeComGroupSetupTests(WeComHostFixture f) : IClassFixture<WeComHostFixture>
{
    [Fact]
    public async Task AppChatGroup_IsCreatedAtStart_BoundToItsCommunity_AndNoticesReachIt()
    {
        await BotTestHost.WaitUntilAsync(() => f.Fake.RequestsTo("appchat/create").Count > 0, what: "appchat/create at start");
        var create = Assert.Single(f.Fake.RequestsTo("appchat/create"));
        Assert.Equal("jingyuanres", create.Str("chatid"));
        Assert.Equal("zhangsan", create.Str("owner"));

        var binding = Assert.Single(f.Host.Get<ICommunityStore>().GroupsOf("静园社区", GroupPurpose.Residents));
        Assert.Equal("appchat:jingyuanres", binding.ChatId);
        var text = "居民通知 " + Some.Id();
        f.Host.Get<Messenger>().ToGroup(binding, text);

        await BotTestHost.WaitUntilAsync(() => f.Fake.RequestsTo("appchat/send").Any(r => r.Content == text), what: "appchat/send");
    }

    [Fact]
    public async Task RobotGroup_IsBoundToItsCommunity_AndNoticesGoThroughTheWebhook()
    {
        var binding = Assert.Single(f.Host.Get<ICommunityStore>().GroupsOf("静园社区", GroupPurpose.Cadres));
        Assert.Equal("robot:jingyuan", binding.ChatId);
        var text = "干部群通知 " + Some.Id();

        f.Host.Get<Messenger>().ToGroup(binding, text);

        await BotTestHost.WaitUntilAsync(() => f.Fake.RequestsTo("webhook/send").Any(r => r.Content == text), what: "webhook/send");
        Assert.Equal("robot-key-1", f.Fake.RequestsTo("webhook/send").First(r => r.Content == text).Query["key"]);
    }
}
