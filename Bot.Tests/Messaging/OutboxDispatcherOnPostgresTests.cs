using System.Collections.Concurrent;
using Bot.Core.Messaging;
using Bot.Core.Storage.Postgres;
using Bot.Tests.Storage.Contracts;
using Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Messaging;

/// <summary>
/// Two hosts' dispatchers on one PostgreSQL outbox: they send only what they claimed, so every message goes out once,
/// and each chat's messages in order; a living dispatcher keeps its claims however long a send takes, a stopped one's
/// lapse one lease after its last renewal; with the rate permits in the database, the channel's limits hold for both
/// together.
/// </summary>
public sealed class OutboxDispatcherOnPostgresTests : IAsyncLifetime
{
    private static readonly ChannelLimits Limits = new() { Channel = "rec", MaxConcurrency = 4 };
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private PostgresScratch _backend = null!;

    public async Task InitializeAsync() => _backend = await PostgresScratch.CreateAsync();

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    [Fact]
    public async Task TwoHostsDispatching_SendEachMessageOnce_AndEachChatInOrder()
    {
        const int Chats = 8;
        const int PerChat = 12;
        var store = new PostgresOutbox(_backend.Database, _time, [Limits]);
        for (var i = 0; i < PerChat; i++)
        {
            for (var chat = 0; chat < Chats; chat++)
            {
                store.Enqueue(OutgoingMessage.Simple(new ChatAddress("rec", $"chat-{chat}", ChatKind.Private), $"{chat}/{i}"));
            }
        }

        var sequence = 0L;
        var log = new ConcurrentQueue<(long Seq, string Chat, string Text)>();
        using var stop = new CancellationTokenSource();
        using var hostA = _backend.OpenAnother();
        using var hostB = _backend.OpenAnother();

        Task Run(PostgresDatabase db)
        {
            var sender = new RecordingSender("rec")
            {
                Behaviour = m =>
                {
                    log.Enqueue((Interlocked.Increment(ref sequence), m.To.ChatId, m.Text));
                    return SendResult.Ok;
                },
            };
            var dispatcher = new OutboxDispatcher(sender, Limits, new PostgresOutbox(db, _time, [Limits]), _time, NullLogger.Instance, new OutboxOptions());
            return Task.Run(() => dispatcher.RunAsync(stop.Token));
        }

        var loops = new[] { Run(hostA), Run(hostB) };
        await BotTestHost.WaitUntilAsync(() => store.PendingCount() == 0, what: "everything sent");
        await stop.CancelAsync();
        await Task.WhenAll(loops);

        var sent = log.ToList();
        Assert.Equal(Chats * PerChat, sent.Count);
        Assert.Equal(Chats * PerChat, sent.Select(s => s.Text).Distinct().Count());
        for (var chat = 0; chat < Chats; chat++)
        {
            Assert.Equal(Enumerable.Range(0, PerChat).Select(i => $"{chat}/{i}"),
                sent.Where(s => s.Chat == $"chat-{chat}").OrderBy(s => s.Seq).Select(s => s.Text));
        }
    }
    [Fact]
    public async Task ASendOutlastingSeveralLeases_KeepsItsClaim_WhileTheDispatcherLives_AndLosesItOneLeaseAfterItStops()
    {
        var options = new OutboxOptions { ClaimLease = TimeSpan.FromSeconds(30), ClaimRenewInterval = TimeSpan.FromSeconds(10) };
        var store = new PostgresOutbox(_backend.Database, _time, [Limits]);
        store.Enqueue(OutgoingMessage.Simple(new ChatAddress("rec", "slow", ChatKind.Private), "slow send"));
        var id = Assert.Single(store.Pending("rec")).Id;
        var sender = new StuckSender();
        using var hostA = _backend.OpenAnother();
        using var hostB = _backend.OpenAnother();
        var other = new PostgresOutbox(hostB, _time, [Limits]);
        using var stop = new CancellationTokenSource();
        var dispatcher = new OutboxDispatcher(sender, Limits, new PostgresOutbox(hostA, _time, [Limits]), _time, NullLogger.Instance, options);
        var loop = Task.Run(() => dispatcher.RunAsync(stop.Token));

        await sender.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var claimedAt = _time.GetUtcNow();
        Assert.Equal(claimedAt + options.ClaimLease, ClaimedUntil(id));

        // The send hangs for three leases; every renewal pushes the claim on, and the other host gets nothing.
        for (var i = 1; i <= 9; i++)
        {
            _time.Advance(options.ClaimRenewInterval);
            var renewedUntil = _time.GetUtcNow() + options.ClaimLease;
            await BotTestHost.WaitUntilAsync(() => ClaimedUntil(id) == renewedUntil, what: $"renewal {i}");
            Assert.Empty(other.Claim("rec", "host-b", 10, options.ClaimLease));
        }

        // host-a dies mid-send: nothing renews its claim, which lapses one lease after the last renewal.
        await stop.CancelAsync();
        await loop;
        _time.Advance(options.ClaimLease - TimeSpan.FromSeconds(1));
        Assert.Empty(other.Claim("rec", "host-b", 10, options.ClaimLease));
        _time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(id, Assert.Single(other.Claim("rec", "host-b", 10, options.ClaimLease)).Id);
        sender.Release.SetResult(SendResult.Ok);
    }

    private DateTimeOffset? ClaimedUntil(long id) => _backend.Database.InTransaction(() =>
    {
        using var command = _backend.Database.Command("SELECT claimed_until FROM outbox WHERE id = @id");
        command.Parameters.AddWithValue("id", id);
        return command.ExecuteScalar() is DateTime until ? new DateTimeOffset(until, TimeSpan.Zero) : (DateTimeOffset?)null;
    });

    /// <summary>A sender whose send starts and then hangs until the test releases it.</summary>
    private sealed class StuckSender : IChannelSender
    {
        public string Channel => "rec";

        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource<SendResult> Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            return Release.Task;
        }
    }

    /// <summary>
    /// Host A claims four messages and sends the two a rule of 2 per second lets through; then host B claims four
    /// others (A claims no more). B's queue says "due now", but the take is refused (A's permits are in the database),
    /// so B holds its messages back without counting an attempt; the clock then moves a second at a time and the two
    /// hosts share each second's two permits. At the fake platform no second holds more than two sends.
    /// </summary>
    [Fact]
    public async Task TwoHostsDispatching_ShareTheChannelsRateLimit()
    {
        var rule = new RateRule(RateScope.Channel, 2, TimeSpan.FromSeconds(1));
        var limits = Limits with { Rules = [rule] };
        var store = new PostgresOutbox(_backend.Database, _time, [limits]);
        var sentAt = new ConcurrentQueue<(string Host, string Text, DateTimeOffset At)>();
        using var stop = new CancellationTokenSource();
        using var hostA = _backend.OpenAnother();
        using var hostB = _backend.OpenAnother();
        var claimsOfA = new ClaimSwitch(new PostgresOutbox(hostA, _time, [limits]));

        Task Run(string host, PostgresDatabase db, IOutboxStore outbox)
        {
            var sender = new RecordingSender("rec")
            {
                Behaviour = m =>
                {
                    sentAt.Enqueue((host, m.Text, _time.GetUtcNow()));
                    return SendResult.Ok;
                },
            };
            var dispatcher = new OutboxDispatcher(sender, limits, outbox, _time, NullLogger.Instance, new OutboxOptions(), new PostgresRateLedger(db));
            return Task.Run(() => dispatcher.RunAsync(stop.Token));
        }

        int Sent() => store.All().Count(r => r.Status == OutboxStatus.Sent);

        void Enqueue(string prefix)
        {
            for (var i = 0; i < 4; i++)
            {
                store.Enqueue(OutgoingMessage.Simple(new ChatAddress("rec", $"{prefix}{i}", ChatKind.Private), $"{prefix}{i}"));
            }
        }

        Enqueue("a");
        var loopA = Run("A", hostA, claimsOfA);
        await BotTestHost.WaitUntilAsync(() => Sent() == 2, what: "A's first two sent");
        claimsOfA.Closed = true;
        Enqueue("b");
        var loopB = Run("B", hostB, new PostgresOutbox(hostB, _time, [limits]));
        await BotTestHost.WaitUntilAsync(() => ClaimedOrDone('b') == 4, what: "B's claims");
        // B's queue finds its messages due, but the permits of this second are A's: nothing more goes out.
        await Task.Delay(100);
        Assert.Equal(2, sentAt.Count);
        for (var second = 1; second <= 3; second++)
        {
            _time.Advance(TimeSpan.FromSeconds(1));
            var expected = 2 + 2 * second;
            // Marked sent: the completions (and their permits' moves) are committed before the clock moves on.
            await BotTestHost.WaitUntilAsync(() => Sent() >= expected, what: $"{expected} sent");
        }

        await Task.Delay(100);
        await stop.CancelAsync();
        await Task.WhenAll(loopA, loopB);

        var sent = sentAt.OrderBy(s => s.At).ToList();
        Assert.Equal(8, sent.Count);
        Assert.Equal(8, sent.Select(s => s.Text).Distinct().Count());
        for (var i = 0; i + rule.Permits < sent.Count; i++)
        {
            Assert.True(sent[i + rule.Permits].At - sent[i].At >= rule.Window, $"three sends from {sent[i].At:O} to {sent[i + rule.Permits].At:O}");
        }

        Assert.All(sent.Where(s => s.Text.StartsWith('b')), s => Assert.Equal("B", s.Host));
        Assert.Equal(_time.GetUtcNow() - TimeSpan.FromSeconds(3), sent[0].At);
        // Held back by the other host's permits is no failed attempt: every message went out on its first.
        Assert.All(store.All(), r => Assert.Equal((OutboxStatus.Sent, 1, (string?)null), (r.Status, r.Attempts, r.LastError)));
    }

    private long ClaimedOrDone(char prefix) => _backend.Database.InTransaction(() =>
    {
        using var command = _backend.Database.Command("SELECT count(*) FROM outbox WHERE (claimed_by IS NOT NULL OR queue = '') AND starts_with(text, @p)");
        command.Parameters.AddWithValue("p", prefix.ToString());
        return (long)command.ExecuteScalar()!;
    });

    /// <summary>An outbox that stops claiming when told (so a test decides which host holds which messages).</summary>
    private sealed class ClaimSwitch(IOutboxStore inner) : IOutboxStore
    {
        public volatile bool Closed;

        public bool Enqueue(OutgoingMessage message) => inner.Enqueue(message);

        public bool Exists(string dedupeKey) => inner.Exists(dedupeKey);

        public IReadOnlyList<OutboxRecord> Pending(string channel) => inner.Pending(channel);

        public OutboxRecord? Find(long id) => inner.Find(id);

        public int PendingCount(string channel) => inner.PendingCount(channel);

        public int PendingCount() => inner.PendingCount();

        public IReadOnlyList<OutboxRecord> Claim(string channel, string claimant, int max, TimeSpan lease) =>
            Closed ? [] : inner.Claim(channel, claimant, max, lease);

        public int RenewClaims(string channel, string claimant, IReadOnlyCollection<long> ids, TimeSpan lease) =>
            inner.RenewClaims(channel, claimant, ids, lease);

        public void MarkSent(OutboxRecord record) => inner.MarkSent(record);

        public void MarkFailed(OutboxRecord record, string error) => inner.MarkFailed(record, error);

        public void Reschedule(OutboxRecord record, DateTime nextAttemptUtc, string error, bool countAttempt) =>
            inner.Reschedule(record, nextAttemptUtc, error, countAttempt);

        public IReadOnlyList<OutboxRecord> All() => inner.All();

        public int DeleteFinished(DateTime createdBeforeUtc, int max) => inner.DeleteFinished(createdBeforeUtc, max);

        public void InTransaction(Action work) => inner.InTransaction(work);
    }
}
