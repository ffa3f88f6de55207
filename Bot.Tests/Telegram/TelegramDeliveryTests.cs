using Bot.Core.Messaging;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;

namespace Bot.Tests.Telegram;

/// <summary>Exactly-once handling across restarts and re-deliveries, and sending within limits and through faults.</summary>
public sealed class TelegramDeliveryTests
{
    private static readonly System.Text.Json.Nodes.JsonObject Li = FakeUpdates.User(1001, "李姨", "li_yi");
    private static readonly System.Text.Json.Nodes.JsonObject Guo = FakeUpdates.User(1002, "Guo", "guo_yang", "en");

    [Fact]
    public async Task Restart_WithTheBatchDeliveredAgain_HandlesEachUpdateOnce()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        string dataFile;
        var first = fake.AddUpdate(FakeUpdates.Text(Li, 1001, "/probe echo 1"));
        fake.AddUpdate(FakeUpdates.Text(Li, 1001, "/probe echo 2"));
        var last = fake.AddUpdate(FakeUpdates.Text(Li, 1001, "/probe echo 3"));
        await using (var run = await TelegramBotRun.StartAsync(fake))
        {
            dataFile = run.Host.DataFile;
            await run.SentToAsync(1001, 3);
            await run.QuietAsync(last);
        }

        // The confirmation never reached Telegram: the whole batch comes again to the next instance.
        fake.ForgetConfirmationsFrom(first);
        await using var again = await TelegramBotRun.StartAsync(fake, dataFile: dataFile);
        var marker = fake.AddUpdate(FakeUpdates.Text(Li, 1001, "/probe echo 4"));
        await again.SentToAsync(1001, 4);
        await again.QuietAsync(marker);

        Assert.Equal(["1", "2", "3", "4"], fake.SentTo(1001).Select(m => m.Text.Replace("echo ", "", StringComparison.Ordinal)));
        Assert.Equal(4, again.Inbox.Count);
        Assert.Equal(4, again.Outbox.All().Count(r => r.Status == OutboxStatus.Sent));
    }

    [Fact]
    public async Task KilledBetweenRecordingAndHandling_AfterRestart_EachUpdateIsHandledOnce()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        string dataFile;
        await using (var run = await TelegramBotRun.StartAsync(fake))
        {
            dataFile = run.Host.DataFile;
            // The process "dies" after recording: nothing handles what polling stores.
            await run.Host.Get<InboxProcessor>().StopAsync(CancellationToken.None);
            var first = fake.AddUpdate(FakeUpdates.Text(Li, 1001, "/probe echo a"));
            fake.AddUpdate(FakeUpdates.Text(Guo, 1002, "/probe echo b"));
            fake.AddUpdate(FakeUpdates.Text(Li, 1001, "/probe echo c"));
            await BotTestHost.WaitUntilAsync(() => run.Inbox.Pending(10).Count == 3, what: "three updates recorded");
            Assert.Empty(fake.Sent);
            // ... and mid-batch: its confirmation is lost too, so Telegram sends the batch again.
            fake.ForgetConfirmationsFrom(first);
        }

        await using var again = await TelegramBotRun.StartAsync(fake, dataFile: dataFile);
        await again.SentToAsync(1001, 2);
        await again.SentToAsync(1002);
        var marker = fake.AddUpdate(FakeUpdates.Text(Guo, 1002, "/probe echo d"));
        await again.SentToAsync(1002, 2);
        await again.QuietAsync(marker);

        Assert.Equal(["echo a", "echo c"], fake.SentTo(1001).Select(m => m.Text));
        Assert.Equal(["echo b", "echo d"], fake.SentTo(1002).Select(m => m.Text));
        Assert.Equal(4, again.Inbox.Count);
    }

    [Fact]
    public async Task Burst_Over429_WaitsRetryAfterForThatChatOnly_AndLosesNothing()
    {
        // Telegram's real per-chat limit on the server; the bot's own pacing loosened so the server has to say 429.
        await using var fake = await FakeTelegramServer.StartAsync(new FakeTelegramLimits { PrivateChatPerSecond = 1 });
        await using var run = await TelegramBotRun.StartAsync(fake);

        for (var i = 1; i <= 4; i++)
        {
            fake.AddUpdate(FakeUpdates.Text(Li, 1001, $"/probe echo a{i}"));
        }

        var last = fake.AddUpdate(FakeUpdates.Text(Guo, 1002, "/probe echo b1"));
        var toLi = await run.SentToAsync(1001, 4);
        await run.QuietAsync(last);

        Assert.Equal(["echo a1", "echo a2", "echo a3", "echo a4"], toLi.Select(m => m.Text));
        Assert.Contains(fake.Exchanges, e => e.ChatId == 1001 && e.Status == 429);
        Assert.Empty(fake.EarlyRetries);
        var toGuo = fake.SentTo(1002).Single();
        Assert.True(toGuo.Sequence < toLi[^1].Sequence, "the other chat was not held back by the throttled one");
        Assert.DoesNotContain(fake.Exchanges, e => e.ChatId == 1002 && e.Status == 429);
        Assert.All(run.Outbox.All(), r => Assert.Equal(OutboxStatus.Sent, r.Status));
    }

    [Fact]
    public async Task ServerErrors_DroppedConnections_AndTimeouts_StillDeliverEachMessageOnce()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        fake.InjectFault(new FakeFault("sendMessage", FakeFaultKind.ServerError, ChatId: 1001));
        fake.InjectFault(new FakeFault("sendMessage", FakeFaultKind.ServerError, ChatId: 1001));
        fake.InjectFault(new FakeFault("sendMessage", FakeFaultKind.Drop, ChatId: 1002));
        fake.InjectFault(new FakeFault("sendMessage", FakeFaultKind.Delay, ChatId: 1003, Delay: TimeSpan.FromSeconds(30)));
        await using var run = await TelegramBotRun.StartAsync(fake, new Dictionary<string, string?> { ["Telegram:SendTimeout"] = "00:00:03" });

        fake.AddUpdate(FakeUpdates.Text(Li, 1001, "/probe echo 5xx"));
        fake.AddUpdate(FakeUpdates.Text(Guo, 1002, "/probe echo dropped"));
        var last = fake.AddUpdate(FakeUpdates.Text(FakeUpdates.User(1003, "Zhang"), 1003, "/probe echo slow"));
        await run.SentToAsync(1001);
        await run.SentToAsync(1002);
        await run.SentToAsync(1003);
        await run.QuietAsync(last);

        Assert.Equal("echo 5xx", fake.SentTo(1001).Single().Text);
        Assert.Equal("echo dropped", fake.SentTo(1002).Single().Text);
        Assert.Equal("echo slow", fake.SentTo(1003).Single().Text);
        Assert.Equal(2, fake.Exchanges.Count(e => e.ChatId == 1001 && e.Status == 502));
        var records = run.Outbox.All();
        Assert.All(records, r => Assert.Equal(OutboxStatus.Sent, r.Status));
        Assert.Contains(records, r => r.Attempts > 1);
    }

    [Fact]
    public async Task BlockedUser_IsRecordedAsFailed_NotRetried()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        fake.Block(1001);
        await using var run = await TelegramBotRun.StartAsync(fake);

        var last = fake.AddUpdate(FakeUpdates.Text(Li, 1001, "/probe echo x"));
        await BotTestHost.WaitUntilAsync(() => run.Outbox.All().Any(r => r.Status == OutboxStatus.Failed), what: "refusal recorded");
        await run.QuietAsync(last);

        var record = run.Outbox.All().Single();
        Assert.Contains("403", record.LastError, StringComparison.Ordinal);
        Assert.Single(fake.Exchanges, e => e.Method == "sendMessage");
    }
}
