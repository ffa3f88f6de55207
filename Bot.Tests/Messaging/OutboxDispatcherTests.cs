using Bot.Core.Messaging;
using Bot.Core.Storage;
using Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Messaging;

/// <summary>The dispatcher on a real LiteDB file, its clock a FakeTimeProvider, sending to a RecordingSender.</summary>
public sealed class OutboxDispatcherTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"), "bot.db");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private readonly RecordingSender _sender = new("rec");
    private readonly CancellationTokenSource _stop = new();
    private BotDatabase _db;
    private LiteDbOutbox _outbox;
    private Task? _loop;

    public OutboxDispatcherTests()
    {
        _sender.Clock = _time;
        (_db, _outbox) = Open(Limits());
    }

    private static ChannelLimits Limits(params RateRule[] rules) => new() { Channel = "rec", MaxTextLength = 100, Rules = rules, MaxConcurrency = 4 };

    private (BotDatabase, LiteDbOutbox) Open(ChannelLimits limits)
    {
        var db = new BotDatabase(_file);
        return (db, new LiteDbOutbox(db, _time, [limits]));
    }

    private void Start(ChannelLimits limits)
    {
        var dispatcher = new OutboxDispatcher(_sender, limits, _outbox, _time, NullLogger.Instance, new OutboxOptions());
        _db.OnCommitted<OutboxStored>(stored => dispatcher.Offer(stored.Records));
        _loop = Task.Run(() => dispatcher.RunAsync(_stop.Token));
    }

    private static ChatAddress Chat(string id, ChatKind kind = ChatKind.Private) => new("rec", id, kind);

    private void Enqueue(string chat, string text, MessagePriority priority = MessagePriority.Interactive, ChatKind kind = ChatKind.Private) =>
        _outbox.Enqueue(new OutgoingMessage { To = Chat(chat, kind), Text = text, Priority = priority });

    private Task SentCount(int n) => BotTestHost.WaitUntilAsync(() => _sender.Sent.Count >= n, what: $"{n} sent");

    [Fact]
    public async Task Pending_IsSent_AndMarkedSent()
    {
        Enqueue("a", "hello");
        Start(Limits());

        await SentCount(1);
        await BotTestHost.WaitUntilAsync(() => _outbox.PendingCount("rec") == 0, what: "marked sent");

        Assert.Equal("hello", _sender.Sent.Single().Message.Text);
    }

    [Fact]
    public async Task LongText_IsSplitAtLineBreaks_AndArrivesInOrder()
    {
        var lines = Enumerable.Range(1, 30).Select(i => $"第{i:00}行：今日值守情况正常。").ToList();
        _outbox.Enqueue(new OutgoingMessage { To = Chat("a"), Text = string.Join('\n', lines) });
        Start(Limits());

        await BotTestHost.WaitUntilAsync(() => _outbox.PendingCount("rec") == 0, what: "all parts sent");

        var parts = _sender.Sent.Select(s => s.Message.Text).ToList();
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= 100));
        Assert.Equal(lines, parts.SelectMany(p => p.Split('\n')).ToList());
    }

    [Fact]
    public async Task Interactive_GoesBefore_Bulk()
    {
        for (var i = 0; i < 20; i++)
        {
            Enqueue($"bulk{i}", "notice", MessagePriority.Bulk);
        }

        Enqueue("someone", "reply", MessagePriority.Interactive);
        Start(Limits(new RateRule(RateScope.Channel, 1, TimeSpan.FromSeconds(1))));

        await SentCount(1);

        Assert.Equal("reply", _sender.Sent.First().Message.Text);
    }

    [Fact]
    public async Task ChannelRule_IsNeverExceeded_InAnyRollingWindow()
    {
        for (var i = 0; i < 12; i++)
        {
            Enqueue($"c{i}", $"m{i}");
        }

        Start(Limits(new RateRule(RateScope.Channel, 5, TimeSpan.FromSeconds(1))));
        await SentCount(5);
        await Task.Delay(100);
        Assert.Equal(5, _sender.Sent.Count);

        _time.Advance(TimeSpan.FromSeconds(1));
        await SentCount(10);
        await Task.Delay(100);
        Assert.Equal(10, _sender.Sent.Count);

        _time.Advance(TimeSpan.FromSeconds(1));
        await SentCount(12);
    }

    [Fact]
    public async Task Throttled_Chat_WaitsRetryAfter_WhileOtherChatsGoOn()
    {
        _sender.Behaviour = m => m.To.ChatId == "busy" && _time.GetUtcNow() < new DateTimeOffset(2026, 3, 2, 1, 0, 30, TimeSpan.Zero)
            ? SendResult.Throttle(TimeSpan.FromSeconds(30))
            : SendResult.Ok;
        Enqueue("busy", "first");
        Enqueue("busy", "second");
        Enqueue("calm", "other");
        Start(Limits());

        await SentCount(1);
        await Task.Delay(100);
        Assert.Equal(["other"], _sender.Sent.Select(s => s.Message.Text));

        _time.Advance(TimeSpan.FromSeconds(30));
        await SentCount(3);

        Assert.Equal(["other", "first", "second"], _sender.Sent.Select(s => s.Message.Text));
        Assert.All(_sender.Sent.Skip(1), s => Assert.True(s.At >= new DateTimeOffset(2026, 3, 2, 1, 0, 30, TimeSpan.Zero)));
    }

    [Fact]
    public async Task Transient_IsRetriedWithBackoff_ThenSentOnce()
    {
        _sender.Script(SendResult.Fault("502"), SendResult.Fault("timeout"));
        Enqueue("a", "hello");
        Start(Limits());

        await BotTestHost.WaitUntilAsync(() => _outbox.All().Single().Attempts == 1, what: "first failure recorded");
        _time.Advance(TimeSpan.FromSeconds(1));
        await BotTestHost.WaitUntilAsync(() => _outbox.All().Single().Attempts == 2, what: "second failure recorded");
        _time.Advance(TimeSpan.FromSeconds(2));
        await SentCount(1);

        Assert.Single(_sender.Sent);
    }

    [Fact]
    public async Task Permanent_IsRecordedAsFailed_NotRetried()
    {
        _sender.Script(SendResult.Refused("403 blocked by user"));
        Enqueue("a", "hello");
        Start(Limits());

        await BotTestHost.WaitUntilAsync(() => _outbox.All().Single().Status == OutboxStatus.Failed, what: "failed");

        Assert.Empty(_sender.Sent);
        Assert.Equal("403 blocked by user", _outbox.All().Single().LastError);
    }

    [Fact]
    public async Task PendingAtShutdown_IsSentByTheNextProcess_ExactlyOnce()
    {
        Enqueue("a", "one");
        Enqueue("b", "two");
        _db.Dispose();

        (_db, _outbox) = Open(Limits());
        Start(Limits());
        await BotTestHost.WaitUntilAsync(() => _outbox.PendingCount("rec") == 0, what: "drained");
        await _stop.CancelAsync();
        await _loop!;
        _db.Dispose();

        (_db, _outbox) = Open(Limits());
        Assert.Equal(0, _outbox.PendingCount("rec"));
        Assert.Equal(["one", "two"], _sender.Sent.Select(s => s.Message.Text).Order());
    }

    [Fact]
    public void DedupeKey_EnqueuesOnce()
    {
        var m = new OutgoingMessage { To = Chat("a"), Text = "x", DedupeKey = "notice:1:a" };

        Assert.True(_outbox.Enqueue(m));
        Assert.False(_outbox.Enqueue(m));
        Assert.Single(_outbox.All());
    }

    [Fact]
    public void DedupeKey_InsideATransaction_DoesNotRollItBack()
    {
        var m = new OutgoingMessage { To = Chat("a"), Text = "x", DedupeKey = "k" };
        _outbox.Enqueue(m);

        _db.InTransaction(() =>
        {
            _outbox.Enqueue(m with { DedupeKey = "k2" });
            _outbox.Enqueue(m);
        });

        Assert.Equal(["k", "k2"], _outbox.All().Select(r => r.DedupeKey).Order());
    }

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _loop?.Wait(TimeSpan.FromSeconds(10));
        }
        catch (AggregateException)
        {
        }

        _db.Dispose();
        _stop.Dispose();
    }
}
