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
/// and each chat's messages in order.
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
}
