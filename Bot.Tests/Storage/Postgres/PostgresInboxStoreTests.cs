using System.Collections.Concurrent;
using Bot.Core.Messaging;
using Bot.Core.Storage.Postgres;
using Bot.Tests.Storage.Contracts;

namespace Bot.Tests.Storage.Postgres;

/// <summary>
/// The inbox's PostgreSQL storage beyond InboxStoreContract: dedupe by channel + platform id,
/// the handled mark in the handling transaction, and handing messages to one host at a time in each chat's order.
/// </summary>
public sealed class PostgresInboxStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private PostgresScratch _backend = null!;

    private PostgresDatabase Db => _backend.Database;

    public async Task InitializeAsync() => _backend = await PostgresScratch.CreateAsync();

    public async Task DisposeAsync() => await _backend.DisposeAsync();

    private static IncomingMessage Message(string id, string chat = "1", string channel = "telegram", string? text = "帮助") => new()
    {
        Chat = new ChatAddress(channel, chat, ChatKind.Group, "t-1"),
        SenderId = "u-" + chat,
        SenderName = "李姨",
        SenderHandle = "liyi",
        Text = text,
        Location = new GeoPoint(39.1186, 117.196),
        ButtonData = "ack:1",
        Photo = "photo-1",
        PlatformMessageId = id,
        ReceivedAt = At,
        LanguageHint = "zh-hant",
        ReplyToken = "r-1",
    };

    [Fact]
    public void AMessage_IsRecordedOnce_PerChannelAndPlatformId_WithEveryField()
    {
        var inbox = new PostgresInboxStore(Db);

        Assert.True(inbox.TryAccept(Message("100")));
        Assert.False(inbox.TryAccept(Message("100")));
        Assert.True(inbox.TryAccept(Message("100", channel: "wecom")));

        Assert.Equal(2, inbox.Count);
        var taken = Db.InTransaction(() => inbox.Take(10));
        Assert.Equal(2, taken.Count);
        Assert.Equal(Message("100"), taken[0].ToMessage());
        Assert.Equal(("telegram:100", false, 0), (taken[0].Key, taken[0].Handled, taken[0].Attempts));
    }

    [Fact]
    public void ABatch_CountsOnlyTheNewOnes_AndAcceptedIsRaisedAfterCommitOnly()
    {
        var inbox = new PostgresInboxStore(Db);
        var raised = 0;
        using var subscription = Db.OnCommitted<InboxAccepted>(_ => raised++);
        inbox.TryAccept(Message("1"));
        Assert.Equal(1, raised);

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            inbox.TryAccept(Message("2"));
            throw new InvalidOperationException("crash before commit");
        }));
        Assert.Equal(1, raised);

        Assert.Equal(2, inbox.TryAcceptMany([Message("1"), Message("2"), Message("3"), Message("3")]));
        Assert.Equal(3, raised);
        Assert.Equal(3, inbox.Count);
    }

    [Fact]
    public void TheHandledMark_CommitsAndRollsBackWithTheHandling()
    {
        var inbox = new PostgresInboxStore(Db);
        inbox.TryAccept(Message("1"));

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            inbox.MarkHandled(Assert.Single(inbox.Take(10)));
            throw new InvalidOperationException("handler failed");
        }));
        Assert.True(inbox.HasPending());

        Db.InTransaction(() => inbox.MarkHandled(Assert.Single(inbox.Take(10))));
        Assert.False(inbox.HasPending());
        Assert.Empty(Db.InTransaction(() => inbox.Take(10)));
    }

    [Fact]
    public void RecordAttempt_Counts()
    {
        var inbox = new PostgresInboxStore(Db);
        inbox.TryAccept(Message("1"));
        var record = Db.InTransaction(() => inbox.Take(1)[0]);

        inbox.RecordAttempt(record);

        Assert.Equal(1, Db.InTransaction(() => inbox.Take(1)[0]).Attempts);
    }

    [Fact]
    public void AcceptHandled_StoresItHandled_AndADuplicateNeitherCountsNorAbortsTheTransaction()
    {
        var inbox = new PostgresInboxStore(Db);
        inbox.TryAccept(Message("1"));

        var (again, fresh) = Db.InTransaction(() => (inbox.AcceptHandled(Message("1")), inbox.AcceptHandled(Message("2"))));

        Assert.Null(again);
        Assert.NotNull(fresh);
        Assert.Equal(2, inbox.Count);
        Assert.Equal(["telegram:1"], Db.InTransaction(() => inbox.Take(10)).Select(r => r.Key));
    }

    [Fact]
    public void Take_IsOnlyForAHandlingTransaction()
    {
        Assert.Throws<InvalidOperationException>(() => new PostgresInboxStore(Db).Take(1));
    }

    [Fact]
    public void Take_GivesEachChatsOldest_InArrivalOrder_AndAnotherHostSkipsWhatIsHeld()
    {
        var inbox = new PostgresInboxStore(Db);
        inbox.TryAcceptMany([Message("1", "a"), Message("2", "a"), Message("3", "b"), Message("4", "c")]);
        using var otherHost = _backend.OpenAnother();
        var other = new PostgresInboxStore(otherHost);

        Db.InTransaction(() =>
        {
            var mine = inbox.Take(2);
            Assert.Equal(["telegram:1", "telegram:3"], mine.Select(r => r.Key));

            // The other host (its own connection) skips the held messages and does not jump to chat a's second one.
            otherHost.InTransaction(() => Assert.Equal(["telegram:4"], other.Take(10).Select(r => r.Key)));

            foreach (var r in mine)
            {
                inbox.MarkHandled(r);
            }
        });

        Assert.Equal(["telegram:2", "telegram:4"], otherHost.InTransaction(() => other.Take(10)).Select(r => r.Key));
    }

    [Fact]
    public async Task TwoHostsHandlingTogether_HandleEachMessageOnce_AndEachChatInOrder()
    {
        var inbox = new PostgresInboxStore(Db);
        inbox.TryAcceptMany(Enumerable.Range(0, 120).Select(i => Message($"m{i}", $"chat-{i % 12}")).ToList());
        var sequence = 0L;
        var log = new ConcurrentBag<(long Seq, long Id, string Chat)>();
        using var hostA = _backend.OpenAnother();
        using var hostB = _backend.OpenAnother();
        using var start = new Barrier(2);

        Task Run(PostgresDatabase db) => Task.Run(() =>
        {
            var store = new PostgresInboxStore(db);
            start.SignalAndWait();
            while (store.HasPending())
            {
                db.InTransaction(() =>
                {
                    foreach (var r in store.Take(5))
                    {
                        log.Add((Interlocked.Increment(ref sequence), r.Id, r.ChatId));
                        store.MarkHandled(r);
                    }
                });
            }
        });

        await Task.WhenAll(Run(hostA), Run(hostB));

        var handled = log.ToList();
        Assert.Equal(120, handled.Count);
        Assert.Equal(120, handled.Select(h => h.Id).Distinct().Count());
        foreach (var chat in handled.GroupBy(h => h.Chat))
        {
            var ids = chat.OrderBy(h => h.Seq).Select(h => h.Id).ToList();
            Assert.Equal(ids.Order(), ids);
        }
    }
}
