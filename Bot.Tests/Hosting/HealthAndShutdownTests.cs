using System.Net;
using System.Text.Json.Nodes;
using Bot.Core.Messaging;
using Bot.Tests.Resilience;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;

namespace Bot.Tests.Hosting;

/// <summary>The real host as a child process: what /health tells a load balancer, and how SIGTERM stops it.</summary>
public sealed class HealthAndShutdownTests
{
    [Fact]
    public async Task Health_TellsLivenessReadinessDataFileChannelsAndBacklog()
    {
        await using var rig = await BotProcessRig.StartFakesAsync();
        await rig.StartAsync();

        JsonNode? health = null;
        await BotTestHost.WaitUntilAsync(() =>
        {
            health = JsonNode.Parse(rig.Http.GetStringAsync(new Uri("health", UriKind.Relative)).GetAwaiter().GetResult());
            return health!["channels"]?["telegram"]?["lastSuccess"] is not null;
        }, TimeSpan.FromSeconds(30), "a successful getUpdates shows in /health");
        using var live = await rig.Http.GetAsync(new Uri("health/live", UriKind.Relative));
        using var ready = await rig.Http.GetAsync(new Uri("health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("ok", health!["status"]!.GetValue<string>());
        Assert.True(health["ready"]!.GetValue<bool>());
        Assert.Equal(rig.DataFile, health["dataFile"]!["path"]!.GetValue<string>());
        Assert.True(health["dataFile"]!["ok"]!.GetValue<bool>());
        Assert.Equal(0, health["outboxPending"]!.GetValue<int>());
        Assert.NotNull(health["channels"]!["wecom"]);
    }

    [Fact]
    public async Task Sigterm_WhileRepliesAreInFlight_ExitsZero_AndLeavesInboxAndOutboxConsistent()
    {
        await using var rig = await BotProcessRig.StartFakesAsync();
        rig.Telegram.InjectFault(new FakeFault("sendMessage", FakeFaultKind.Delay, ChatId: 1001, Delay: TimeSpan.FromSeconds(3)));
        await rig.StartAsync();
        rig.Telegram.AddUpdate(FakeUpdates.Text(FakeUpdates.User(1001, "李姨"), 1001, "帮助"));
        rig.Telegram.AddUpdate(FakeUpdates.Text(FakeUpdates.User(1002, "郭洋"), 1002, "帮助"));
        rig.Telegram.AddUpdate(FakeUpdates.Text(FakeUpdates.User(1003, "张书记"), 1003, "帮助"));
        await BotTestHost.WaitUntilAsync(() => rig.Telegram.SentTo(1002).Count == 1 && rig.Telegram.SentTo(1003).Count == 1,
            TimeSpan.FromSeconds(30), "the batch was handled");

        var exit = await rig.TerminateAsync();

        Assert.Equal(0, exit);
        Assert.DoesNotContain("   at ", rig.Logs, StringComparison.Ordinal);
        var (inbox, outbox) = rig.WithData(db => (db.Collection<InboxRecord>("inbox").FindAll().ToList(), db.Collection<OutboxRecord>("outbox").FindAll().ToList()));
        Assert.Equal(3, inbox.Count);
        Assert.All(inbox, r => Assert.True(r.Handled));
        // One reply per chat, none failed: the one still in flight at the stop is sent or still pending, never lost.
        Assert.Equal(["1001", "1002", "1003"], outbox.Select(r => r.ChatId).Order().ToArray());
        Assert.DoesNotContain(outbox, r => r.Status == OutboxStatus.Failed);

        await rig.StartAsync();
        await BotTestHost.WaitUntilAsync(() => rig.Telegram.SentTo(1001).Count >= 1, TimeSpan.FromSeconds(30), "the held reply is sent");
        Assert.Single(rig.Telegram.SentTo(1002));
        Assert.Single(rig.Telegram.SentTo(1003));
    }
}
