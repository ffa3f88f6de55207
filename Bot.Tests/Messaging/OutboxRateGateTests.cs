using Bot.Core.Messaging;

namespace Bot.Tests.Messaging;

/// <summary>
/// The queue and its gate over a ledger another host also takes from: an entry the queue finds due but the ledger
/// refuses stays pending (not lost, not started twice) and is due when the ledger said; the gate does not ask the
/// ledger again before then; a batch's members join in one call, and one whose chat is full stays pending.
/// </summary>
public sealed class OutboxRateGateTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);
    private static readonly RateRule OnePerSecond = new(RateScope.Channel, 1, TimeSpan.FromSeconds(1));
    private static readonly DateTimeOffset Far = T0.AddHours(1);

    private readonly CountingLedger _ledger = new();
    private readonly List<List<OutboxEntry>> _started = [];
    private OutboxRateGate? _gate;

    private OutboxQueue NewQueue(ChannelLimits limits, params OutboxRecord[] records)
    {
        _gate = new OutboxRateGate(limits, _ledger);
        var queue = new OutboxQueue(limits, _gate);
        queue.Load(records);
        return queue;
    }

    private static OutboxRecord Record(long id, string chat, string? batchKey = null) => new()
    {
        Id = id, Channel = "rec", Queue = "rec", ChatId = chat, ChatKind = ChatKind.Private, Text = "hi", BatchKey = batchKey,
        Status = OutboxStatus.Pending, NextAttemptAtUtc = T0.UtcDateTime,
    };

    private DateTimeOffset StartDue(OutboxQueue queue, DateTimeOffset now) => queue.StartDue(now, Far, () => 0, _started.Add);

    [Fact]
    public void RefusedByAnotherHostsPermit_TheEntryStaysPending_DueWhenTheLedgerSaid_WithoutAskingAgainBefore()
    {
        var limits = new ChannelLimits { Channel = "rec", Rules = [OnePerSecond] };
        var queue = NewQueue(limits, Record(1, "a"), Record(2, "b"));
        // Another host sent on the channel 100 ms before: the queue knows nothing of it.
        Assert.True(_ledger.TryTake("rec", [("#0", OnePerSecond)], T0).Taken);
        _ledger.Calls = 0;

        Assert.Equal(T0.AddSeconds(1), StartDue(queue, T0.AddMilliseconds(100)));
        Assert.Empty(_started);
        Assert.Equal(2, queue.Count);
        Assert.Equal(1, _ledger.Calls);

        Assert.Equal(T0.AddSeconds(1), StartDue(queue, T0.AddMilliseconds(600)));
        Assert.Equal(1, _ledger.Calls);

        Assert.Equal(T0.AddSeconds(2), StartDue(queue, T0.AddSeconds(1)));
        Assert.Equal([1L], _started.Single().Select(e => e.Id));
        Assert.Equal(1, queue.Count);
    }

    [Fact]
    public void ABatchsMembers_JoinInOneCall_AndOneWhoseChatIsFull_StaysPending()
    {
        var perChat = new RateRule(RateScope.PrivateChat, 1, TimeSpan.FromSeconds(10));
        var limits = new ChannelLimits { Channel = "rec", Rules = [OnePerSecond, perChat], MaxBatchSize = 10 };
        var queue = NewQueue(limits, Record(1, "a", "n1"), Record(2, "b", "n1"), Record(3, "c", "n1"), Record(4, "d", "n1"));
        // Another host just sent to chat c.
        Assert.True(_ledger.TryTake("rec", [("#1:rec:c", perChat)], T0).Taken);
        _ledger.Calls = 0;

        // c, left pending, is due when its chat's permit leaves the window (its own take was refused in the batch's).
        Assert.Equal(T0.AddSeconds(10), StartDue(queue, T0.AddMilliseconds(100)));

        Assert.Equal([1L, 2L, 4L], _started.Single().Select(e => e.Id));
        Assert.Equal(2, _ledger.Calls);
        Assert.Equal(1, queue.Count);
        Assert.Equal(T0.AddSeconds(10), StartDue(queue, T0.AddSeconds(1)));
        Assert.Equal(2, _ledger.Calls);
    }

    [Fact]
    public void ABatchsPermits_MoveToItsCompletion_OnceEveryMemberFinished()
    {
        var limits = new ChannelLimits { Channel = "rec", Rules = [OnePerSecond], MaxBatchSize = 10 };
        var queue = NewQueue(limits, Record(1, "a", "n1"), Record(2, "b", "n1"), Record(3, "c", "n1"), Record(4, "d"));
        StartDue(queue, T0);
        var batch = _started.Single();
        Assert.Equal(3, batch.Count);

        _gate!.Completed(batch[0], T0.AddMilliseconds(300));
        _gate.Completed(batch[1], T0.AddMilliseconds(300));
        _gate.Completed(batch[2], T0.AddMilliseconds(500));
        foreach (var e in batch)
        {
            queue.Finished(e);
        }

        // The call's channel permit counts from T0+0.5 s, when its last member finished.
        Assert.Equal(T0.AddMilliseconds(1500), StartDue(queue, T0.AddSeconds(1)));
        Assert.Single(_started);
    }

    private sealed class CountingLedger : IRateLedger
    {
        private readonly InMemoryRateLedger _inner = new();

        public int Calls { get; set; }

        public RateTake TryTake(string channel, IReadOnlyList<(string Key, RateRule Rule)> checks, DateTimeOffset now)
        {
            Calls++;
            return _inner.TryTake(channel, checks, now);
        }

        public IReadOnlyList<RateTake> TryTakeEach(string channel, IReadOnlyList<IReadOnlyList<(string Key, RateRule Rule)>> takes, DateTimeOffset now)
        {
            Calls++;
            return _inner.TryTakeEach(channel, takes, now);
        }

        public void Extend(string channel, IReadOnlyList<(string Key, RateRule Rule)> checks, DateTimeOffset startedAt, DateTimeOffset completedAt) =>
            _inner.Extend(channel, checks, startedAt, completedAt);
    }
}
