using System.Diagnostics;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace Bot.Tests.Notices;

/// <summary>Large broadcasts through the real outbox dispatcher with channel limits, stops and restarts.</summary>
public sealed class NoticeFanOutTests(ITestOutputHelper output) : IDisposable
{
    private static readonly ChannelLimits TelegramLike = new()
    {
        Channel = "tg",
        Rules =
        [
            new RateRule(RateScope.Channel, 30, TimeSpan.FromSeconds(1)),
            new RateRule(RateScope.GroupChat, 20, TimeSpan.FromMinutes(1)),
            new RateRule(RateScope.PrivateChat, 1, TimeSpan.FromSeconds(1)),
        ],
        MaxConcurrency = 4,
    };

    private static readonly ChannelLimits WeComLike = new()
    {
        Channel = "wx",
        MaxBatchSize = 1000,
        Rules = [new RateRule(RateScope.Channel, 5, TimeSpan.FromSeconds(1))],
    };

    private readonly BotHarness _bot = NoticeBot.Create(configure: services =>
    {
        services.AddSingleton(TelegramLike);
        services.AddSingleton(WeComLike);
    });

    [Fact]
    public async Task Broadcast_To3000_RespectsLimits_AndEachPersonGetsOneCopy_EvenWhenStoppedHalfway()
    {
        AddSecretaryAndMembers("tg", 3000);
        BindGroups("tg", 2);
        var watch = Stopwatch.StartNew();
        var id = NoticeBot.Publish(_bot, "张书记", "党课 第一讲\n内容");
        output.WriteLine($"3,000-recipient fan-out enqueued in one handler transaction in {watch.ElapsedMilliseconds} ms");
        Assert.Equal(3002, _bot.Get<LiteDbOutbox>().PendingCount("tg"));

        // Phase 1: the platform goes quiet after 1,500 messages (it throttles everything), then the process stops.
        var first = new RecordingSender("tg") { Clock = _bot.Time };
        first.Behaviour = _ => first.Sent.Count >= 1500 ? SendResult.Throttle(TimeSpan.FromSeconds(5)) : SendResult.Ok;
        await using (var run = new DispatcherDriver(_bot, first, TelegramLike))
        {
            await run.DriveUntilAsync(() => first.Sent.Count >= 1500 && run.Pending == 3002 - 1500, "1,500 sent and recorded");
        }

        // Restart over the same data file; pressing Send again enqueues nothing; a new dispatcher finishes the rest.
        _bot.Restart();
        Assert.DoesNotContain(_bot.Press("张书记", $"/notice_send {id}"), m => m.Priority == MessagePriority.Bulk);
        var second = new RecordingSender("tg") { Clock = _bot.Time };
        await using (var run = new DispatcherDriver(_bot, second, TelegramLike))
        {
            await run.DriveUntilAsync(() => run.Pending == 0, "the rest sent");
        }

        var all = first.Sent.Concat(second.Sent).ToList();
        Assert.Equal(3002, all.Count);
        Assert.Equal(3002, all.Select(s => s.Message.To.Key).Distinct().Count());
        Assert.Equal(1502, second.Sent.Count);
        // Each run kept every rolling window (30/s overall, 20/min per group, 1/s per person) ...
        AssertWithinLimits(first.Sent.ToList(), TelegramLike);
        AssertWithinLimits(second.Sent.ToList(), TelegramLike);
        // ... and the limits did bind: 1,500 messages at 30/s need at least 49 s of (fake) time.
        Assert.True(first.Sent.Max(s => s.At) - first.Sent.Min(s => s.At) >= TimeSpan.FromSeconds(49));
    }

    [Fact]
    public async Task InteractiveReply_DuringABroadcast_GoesBeforeTheRestOfIt()
    {
        AddSecretaryAndMembers("tg", 600);
        var asker = new Person { Name = "问路人", Role = Role.Resident, CommunityId = NoticeBot.Community, LastChannel = "tg" };
        asker.IdentityKeys.Add("tg:asker");
        _bot.People.Save(asker);
        NoticeBot.Publish(_bot, "张书记", "党课 第一讲\n内容");
        var sender = new RecordingSender("tg") { Clock = _bot.Time };
        await using var run = new DispatcherDriver(_bot, sender, TelegramLike);
        await run.DriveUntilAsync(() => sender.Sent.Count >= 90, "the broadcast under way");

        var before = sender.Sent.Count;
        _bot.Deliver(new IncomingMessage
        {
            Chat = ChatAddress.PrivateTo("tg", "asker"),
            SenderId = "asker",
            Text = "帮助",
            PlatformMessageId = "ask-1",
            ReceivedAt = _bot.Time.GetUtcNow(),
        });
        await run.DriveUntilAsync(() => sender.Sent.Any(s => s.Message.To.ChatId == "asker"), "the reply sent");

        var sent = sender.Sent.ToList();
        var position = sent.FindIndex(s => s.Message.To.ChatId == "asker");
        Assert.Equal(MessagePriority.Interactive, sent[position].Message.Priority);
        Assert.True(position - before <= 30, $"{position - before} broadcast messages went before the reply");
        Assert.True(run.Pending > 300, "the reply should not wait for the broadcast to finish");
    }

    [Fact]
    public async Task WeComLikeChannel_BatchesUpTo1000PerCall_AndEachPersonOnce()
    {
        AddSecretaryAndMembers("wx", 1200);
        NoticeBot.Publish(_bot, "张书记", "知情 第3期\n内容");
        var sender = new BatchRecordingSender("wx");

        await using (var run = new DispatcherDriver(_bot, sender, WeComLike))
        {
            await run.DriveUntilAsync(() => run.Pending == 0, "all sent");
        }

        Assert.Equal(1200, sender.Sent.Select(m => m.To.ChatId).Distinct().Count());
        Assert.Equal(1200, sender.Sent.Count);
        Assert.All(sender.CallSizes, size => Assert.InRange(size, 1, 1000));
        Assert.Contains(sender.CallSizes, size => size == 1000);
    }

    [Fact]
    public async Task OneChannelFailing_DoesNotHoldUpTheOther()
    {
        AddSecretaryAndMembers("tg", 50);
        AddSecretaryAndMembers("wx", 50, withSecretary: false);
        NoticeBot.Publish(_bot, "张书记", "党课 第一讲\n内容");
        var broken = new RecordingSender("tg") { Behaviour = _ => SendResult.Fault("connection refused") };
        var working = new BatchRecordingSender("wx");

        await using var tg = new DispatcherDriver(_bot, broken, TelegramLike);
        await using var wx = new DispatcherDriver(_bot, working, WeComLike);
        await wx.DriveUntilAsync(() => wx.Pending == 0, "WeCom copies sent");

        Assert.Equal(50, working.Sent.Count);
        Assert.Empty(broken.Sent);
        Assert.Equal(50, tg.Pending);
    }

    private static void AssertWithinLimits(IReadOnlyList<(OutgoingMessage Message, DateTimeOffset At)> sends, ChannelLimits limits)
    {
        foreach (var rule in limits.Rules)
        {
            var scoped = sends.Where(s => rule.Scope == RateScope.Channel
                || (rule.Scope == RateScope.PrivateChat && s.Message.To.Kind == ChatKind.Private)
                || (rule.Scope == RateScope.GroupChat && s.Message.To.Kind == ChatKind.Group));
            foreach (var chat in scoped.GroupBy(s => rule.Scope == RateScope.Channel ? "" : s.Message.To.Key))
            {
                var times = chat.Select(s => s.At).Order().ToList();
                var start = 0;
                for (var i = 0; i < times.Count; i++)
                {
                    while (times[i] - times[start] >= rule.Window)
                    {
                        start++;
                    }

                    Assert.True(i - start + 1 <= rule.Permits, $"{i - start + 1} messages within {rule.Window} up to {times[i]:HH:mm:ss.fff} ({rule.Scope} {chat.Key})");
                }
            }
        }
    }

    private void AddSecretaryAndMembers(string channel, int count, bool withSecretary = true)
    {
        if (withSecretary)
        {
            _bot.Add("张书记", Role.Secretary);
        }

        // Bulk insert: the roster import is not what is being tested here.
        var people = Enumerable.Range(0, count).Select(i => new Person
        {
            Id = $"{channel}-{i}",
            Name = $"{channel}党员{i:0000}",
            Role = Role.Resident,
            CommunityId = NoticeBot.Community,
            PartyMember = true,
            LastChannel = channel,
            IdentityKeys = [$"{channel}:{i}"],
        });
        _bot.Get<BotDatabase>().Collection<Person>("people").InsertBulk(people);
    }

    private void BindGroups(string channel, int count)
    {
        for (var i = 0; i < count; i++)
        {
            _bot.Communities.BindGroup(new GroupBinding { Channel = channel, ChatId = $"-{100 + i}", CommunityId = NoticeBot.Community, Purpose = GroupPurpose.Cadres });
        }
    }

    public void Dispose() => _bot.Dispose();
}
