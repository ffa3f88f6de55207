using Bot.Core.Messaging;
using Bot.Host.Channels.WeCom;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Tests.WeCom;

public sealed class WeComSenderTests
{
    [Fact]
    public async Task PrivateText_GoesThroughMessageSend_WithAgentIdAndDuplicateCheck()
    {
        await using var rig = await WeComSenderRig.StartAsync();

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("zhangsan", "今日值班安排"), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var call = Assert.Single(rig.Fake.RequestsTo("message/send"));
        Assert.Equal("zhangsan", call.Str("touser"));
        Assert.Equal("1000002", call.Str("agentid"));
        Assert.Equal("1", call.Str("enable_duplicate_check"));
        Assert.Equal("1800", call.Str("duplicate_check_interval"));
        Assert.Equal("今日值班安排", call.Content);
    }

    [Fact]
    public async Task Batch_SendsAllUsersInOneCall_AndInvalidUsersArePermanent()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        rig.Fake.InvalidUsers["ghost"] = 0;
        var messages = new[] { "a", "ghost", "c" }.Select(u => WeComSenderRig.ToUser(u, "《党员知情》第3期")).ToList();

        var results = await ((IChannelSender)rig.Sender).SendBatchAsync(messages, CancellationToken.None);

        var call = Assert.Single(rig.Fake.RequestsTo("message/send"));
        Assert.Equal("a|ghost|c", call.Str("touser"));
        Assert.Equal([SendOutcome.Sent, SendOutcome.Permanent, SendOutcome.Sent], results.Select(r => r.Outcome));
    }

    [Fact]
    public async Task Batch_LargerThanMaxBatchSize_IsSplitIntoSeveralCalls()
    {
        await using var rig = await WeComSenderRig.StartAsync(o => o.MaxBatchSize = 2);
        var messages = Enumerable.Range(1, 5).Select(i => WeComSenderRig.ToUser($"u{i}", "通知")).ToList();

        var results = await ((IChannelSender)rig.Sender).SendBatchAsync(messages, CancellationToken.None);

        Assert.All(results, r => Assert.Equal(SendOutcome.Sent, r.Outcome));
        Assert.Equal(["u1|u2", "u3|u4", "u5"], rig.Fake.RequestsTo("message/send").Select(r => r.Str("touser")));
    }

    [Theory]
    [InlineData(45009)]
    [InlineData(45033)]
    public async Task TooFrequent_IsThrottledWithTheConfiguredBackoff(int code)
    {
        await using var rig = await WeComSenderRig.StartAsync(o => o.ThrottleBackoff = TimeSpan.FromSeconds(90));
        rig.Fake.Script("message/send", FakeWeComFault.Code(code));

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("lisi", "hi"), CancellationToken.None);

        Assert.Equal(SendOutcome.Throttled, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(90), result.RetryAfter);
    }

    [Fact]
    public async Task Busy_IsRetriedTwice_ThenGivenUpOnTheThirdTry()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        rig.Fake.Script("message/send", FakeWeComFault.Code(-1), FakeWeComFault.Code(-1), FakeWeComFault.Code(-1));
        var message = WeComSenderRig.ToUser("lisi", "hi");

        var outcomes = new List<SendOutcome>();
        for (var i = 0; i < 3; i++)
        {
            outcomes.Add((await rig.Sender.SendAsync(message, CancellationToken.None)).Outcome);
        }

        Assert.Equal([SendOutcome.Transient, SendOutcome.Transient, SendOutcome.Permanent], outcomes);
    }

    [Fact]
    public async Task Busy_ThenSuccess_IsSent()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        rig.Fake.Script("message/send", FakeWeComFault.Code(-1));
        var message = WeComSenderRig.ToUser("lisi", "hi");

        var first = await rig.Sender.SendAsync(message, CancellationToken.None);
        var second = await rig.Sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Transient, first.Outcome);
        Assert.Equal(SendOutcome.Sent, second.Outcome);
        Assert.Single(rig.Fake.RequestsTo("message/send"));
    }

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    public async Task ServerError_IsTransient(int status)
    {
        await using var rig = await WeComSenderRig.StartAsync();
        rig.Fake.Script("message/send", FakeWeComFault.Status(status));

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("lisi", "hi"), CancellationToken.None);

        Assert.Equal(SendOutcome.Transient, result.Outcome);
        Assert.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture), result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlowServer_BeyondTheRequestTimeout_IsTransient()
    {
        await using var rig = await WeComSenderRig.StartAsync(o => o.RequestTimeout = TimeSpan.FromMilliseconds(300));
        rig.Fake.Script("message/send", FakeWeComFault.Slow(TimeSpan.FromSeconds(20)));

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("lisi", "hi"), CancellationToken.None);

        Assert.Equal(SendOutcome.Transient, result.Outcome);
        Assert.Empty(rig.Fake.RequestsTo("message/send"));
    }

    [Fact]
    public async Task ExpiredToken_IsRefreshedOnce_AndTheCallRetried()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        await rig.Sender.SendAsync(WeComSenderRig.ToUser("a", "1"), CancellationToken.None);
        rig.Fake.ExpireTokens();

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("b", "2"), CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal(2, rig.Fake.GetTokenCalls);
        Assert.Equal(["a", "b"], rig.Fake.RequestsTo("message/send").Select(r => r.Str("touser")));
    }

    [Fact]
    public async Task ManyConcurrentSends_AfterTokenExpiry_FetchOneNewToken()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        await rig.Sender.SendAsync(WeComSenderRig.ToUser("warmup", "0"), CancellationToken.None);
        rig.Fake.ExpireTokens();

        var results = await Task.WhenAll(Enumerable.Range(0, 40)
            .Select(i => rig.Sender.SendAsync(WeComSenderRig.ToUser($"u{i}", "通知"), CancellationToken.None)));

        Assert.All(results, r => Assert.Equal(SendOutcome.Sent, r.Outcome));
        Assert.Equal(2, rig.Fake.GetTokenCalls);
        Assert.Equal(41, rig.Fake.RequestsTo("message/send").Count);
    }

    [Fact]
    public async Task UntrustedServerIp_IsReportedInOneClearLine_AndRetriedLater()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        rig.Fake.Script("message/send", FakeWeComFault.Code(60020), FakeWeComFault.Code(60020));

        var first = await rig.Sender.SendAsync(WeComSenderRig.ToUser("a", "1"), CancellationToken.None);
        var second = await rig.Sender.SendAsync(WeComSenderRig.ToUser("b", "2"), CancellationToken.None);

        Assert.Equal(SendOutcome.Transient, first.Outcome);
        Assert.Equal(SendOutcome.Transient, second.Outcome);
        var line = Assert.Single(rig.Log.Lines);
        Assert.Contains("企业可信IP", line.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(rig.Options.CorpSecret, line.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherErrcode_IsPermanent()
    {
        await using var rig = await WeComSenderRig.StartAsync();
        rig.Fake.Script("message/send", FakeWeComFault.Code(81013));

        var result = await rig.Sender.SendAsync(WeComSenderRig.ToUser("outsider", "hi"), CancellationToken.None);

        Assert.Equal(SendOutcome.Permanent, result.Outcome);
        Assert.Contains("81013", result.Error, StringComparison.Ordinal);
    }
}
