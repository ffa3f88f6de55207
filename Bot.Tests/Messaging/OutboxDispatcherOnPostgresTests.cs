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
/// lapse one lease after its last renewal.
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
}
