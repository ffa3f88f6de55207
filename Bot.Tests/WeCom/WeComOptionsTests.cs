using Bot.Core.Messaging;
using Bot.Host.Channels.WeCom;
using Bot.Host.Hosting;
using Bot.Tests.Support;

namespace Bot.Tests.WeCom;

public sealed class WeComOptionsTests
{
    private static WeComOptions Valid() => new()
    {
        CorpId = "ww0123456789abcdef",
        AgentId = 1000002,
        CorpSecret = "s3cret",
        Token = "tok",
        EncodingAesKey = WeComHostFixture.AppAesKey,
    };

    [Fact]
    public void CompleteSettings_AreValid() =>
        Assert.True(new WeComOptionsValidator().Validate(null, Valid()).Succeeded);

    [Fact]
    public void NoCorpId_MeansChannelOff_AndNothingIsRequired() =>
        Assert.True(new WeComOptionsValidator().Validate(null, new WeComOptions()).Succeeded);

    [Fact]
    public void MissingAndBadValues_AreAllListed_EachNamingItsKey()
    {
        var options = Valid();
        options.AgentId = 0;
        options.CorpSecret = "";
        options.EncodingAesKey = "tooShort";
        options.ApiBaseUrl = "qyapi";
        options.Bot.EncodingAesKey = WeComHostFixture.BotAesKey;
        options.Bot.GroupRobots["wrkX"] = "missing";

        var result = new WeComOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        foreach (var key in new[] { "WeCom:AgentId", "WeCom:CorpSecret", "WeCom:EncodingAesKey", "WeCom:ApiBaseUrl", "WeCom:Bot:Token", "WeCom:Bot:GroupRobots:wrkX" })
        {
            Assert.Contains(failures, f => f.StartsWith(key + ":", StringComparison.Ordinal));
        }

        Assert.DoesNotContain(failures, f => f.Contains("tooShort", StringComparison.Ordinal));
    }

    [Fact]
    public void Groups_NeedACommunityAndExactlyOneWayToReachThem()
    {
        var options = Valid();
        options.Groups.Add(new WeComGroupOptions { Community = "", Robot = "nope" });
        options.Groups.Add(new WeComGroupOptions { Community = "静园社区", AppChatId = "bad id!", Owner = "a", Members = ["b"] });
        options.Groups.Add(new WeComGroupOptions { Community = "静园社区" });

        var failures = new WeComOptionsValidator().Validate(null, options).Failures!.ToList();

        foreach (var key in new[] { "WeCom:Groups:0:Community", "WeCom:Groups:0:Robot", "WeCom:Groups:1:AppChatId", "WeCom:Groups:1:Owner", "WeCom:Groups:1:Members", "WeCom:Groups:2" })
        {
            Assert.Contains(failures, f => f.StartsWith(key + ":", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task Host_WithIncompleteWeComSettings_RefusesToStart_NamingTheKeys()
    {
        var e = await Assert.ThrowsAnyAsync<Exception>(() => BotTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["WeCom:CorpId"] = "ww0123456789abcdef",
        }));

        var failures = BotHostBuilder.ConfigurationFailures(e);
        Assert.Contains(failures, f => f.StartsWith("WeCom:CorpSecret:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("WeCom:EncodingAesKey:", StringComparison.Ordinal));
    }

    [Fact]
    public void Limits_FollowTheOptions()
    {
        var options = Valid();
        options.PrivatePerMinute = 10;

        var limits = WeComChannelExtensions.Limits(options);

        Assert.Equal(ChannelNames.WeCom, limits.Channel);
        Assert.Equal(1000, limits.MaxBatchSize);
        Assert.Contains(new RateRule(RateScope.PrivateChat, 10, TimeSpan.FromMinutes(1)), limits.Rules);
        Assert.Contains(new RateRule(RateScope.PrivateChat, 1000, TimeSpan.FromHours(1)), limits.Rules);
        Assert.Contains(new RateRule(RateScope.GroupChat, 20, TimeSpan.FromMinutes(1)), limits.Rules);
    }
}
