using Bot.Core.Messaging;
using Bot.Core.Storage;
using Bot.Tests.Support;

namespace Bot.Tests.WeCom;

/// <summary>The real host's outbox sending to the (fake) WeCom API: batching and token expiry under load.</summary>
public sealed class WeComOutboxTests(WeComHostFixture f) : IClassFixture<WeComHostFixture>
{
    [Fact]
    public async Task TokenExpiryMidRun_ManyConcurrentSends_FetchOneNewToken()
    {
        var messenger = f.Host.Get<Messenger>();
        var warm = Some.Name("warm");
        messenger.Send(ChatAddress.PrivateTo(ChannelNames.WeCom, warm), "预热");
        await BotTestHost.WaitUntilAsync(() => f.SentTo(warm).Count == 1, what: "first send");
        var tokensBefore = f.Fake.GetTokenCalls;
        f.Fake.ExpireTokens();

        var users = Enumerable.Range(0, 24).Select(_ => Some.Name("cadre")).ToList();
        foreach (var u in users)
        {
            messenger.Send(ChatAddress.PrivateTo(ChannelNames.WeCom, u), "交接班提醒：" + u);
        }

        await BotTestHost.WaitUntilAsync(() => users.All(u => f.SentTo(u).Count == 1), what: "all 24 delivered");
        Assert.Equal(tokensBefore + 1, f.Fake.GetTokenCalls);
    }

    [Fact]
    public async Task AnExport_FromTheOutbox_ArrivesAsAnUploadedFile_WithItsBytes()
    {
        var secretary = Some.Name("secretary");
        var content = System.Text.Encoding.UTF8.GetBytes("date,point,cadre\n2026-03-01,3号岗,刘丰睿\n");
        f.Host.Get<Messenger>().Send(ChatAddress.PrivateTo(ChannelNames.WeCom, secretary), "3月考勤：",
            file: new OutgoingFile("attendance-2026-03.csv", "text/csv", content));

        await BotTestHost.WaitUntilAsync(() => f.SentTo(secretary).Count == 2, what: "text and file delivered");
        var sent = f.SentTo(secretary);
        Assert.Equal(["text", "file"], sent.Select(s => s.Str("msgtype")));
        var media = f.Fake.Media[sent[1].FileMediaId];
        Assert.Equal("attendance-2026-03.csv", media.FileName);
        Assert.Equal(content, media.Content);
    }

    [Fact]
    public async Task Broadcast_WithOneBatchKey_GoesOutInOneMessageSendCall()
    {
        var users = Enumerable.Range(0, 6).Select(_ => Some.Name("party")).ToList();
        var batch = "notice-" + Some.Id();

        f.Host.Get<BotDatabase>().InTransaction(() =>
        {
            foreach (var u in users)
            {
                f.Host.Get<Messenger>().Send(ChatAddress.PrivateTo(ChannelNames.WeCom, u), "网上党课今晚七点开始",
                    priority: MessagePriority.Bulk, dedupeKey: $"{batch}:{u}", batchKey: batch);
            }
        });

        await BotTestHost.WaitUntilAsync(() => users.All(u => f.SentTo(u).Count == 1), what: "broadcast delivered");
        var call = Assert.Single(f.Fake.RequestsTo("message/send"), r => r.Str("touser").Contains(users[0], StringComparison.Ordinal));
        Assert.Equal(users.Order(StringComparer.Ordinal), call.Str("touser").Split('|').Order(StringComparer.Ordinal));
        Assert.Equal("1", call.Str("enable_duplicate_check"));
    }

    [Fact]
    public async Task RobotGroupMessage_FromTheOutbox_ReachesTheWebhook()
    {
        var text = "核酸检测通知 " + Some.Id();

        f.Host.Get<Messenger>().Send(new ChatAddress(ChannelNames.WeCom, "robot:jingyuan", ChatKind.Group), text);

        await BotTestHost.WaitUntilAsync(() => f.Fake.RequestsTo("webhook/send").Any(r => r.Content == text), what: "webhook send");
    }
}
