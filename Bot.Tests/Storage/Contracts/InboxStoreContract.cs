using Bot.Core.Messaging;
using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the inbox door, the processor and the pruner rely on from <see cref="IInboxStore"/>, run against every backend:
/// every field round-trips, a key is recorded once, recording signals only once committed, the handled mark commits
/// and rolls back with the handling, <see cref="IInboxStore.Take"/> keeps arrival order and each chat's order,
/// attempts count, pruning deletes only old handled messages, and all of it survives a restart.
/// </summary>
public abstract class InboxStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset At = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    protected IScratchBackend Backend { get; private set; } = null!;

    private IUnitOfWork Db => Backend.Transactions;

    protected abstract Task<IScratchBackend> OpenAsync();

    protected abstract IInboxStore NewStore();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    protected static IncomingMessage Message(string id, string chat = "1", string channel = "telegram", DateTimeOffset? at = null) => new()
    {
        Chat = new ChatAddress(channel, chat, ChatKind.Group, "t-1"),
        SenderId = "u-" + chat,
        SenderName = "李姨",
        SenderHandle = "liyi",
        Text = "帮助 " + id,
        Location = new GeoPoint(39.1186, 117.196),
        ButtonData = "ack:1",
        Photo = "photo-1",
        PlatformMessageId = id,
        ReceivedAt = at ?? At,
        LanguageHint = "zh-hant",
        ReplyToken = "r-1",
    };

    private IReadOnlyList<InboxRecord> Take(IInboxStore store, int limit) => Db.InTransaction(() => store.Take(limit));

    protected void HandleAll(IInboxStore store, int limit, List<InboxRecord> log)
    {
        while (true)
        {
            var taken = Db.InTransaction(() =>
            {
                var batch = store.Take(limit);
                foreach (var r in batch)
                {
                    store.MarkHandled(r);
                }

                return batch;
            });
            if (taken.Count == 0)
            {
                return;
            }

            Assert.Equal(taken.Select(r => r.Id).Order(), taken.Select(r => r.Id));
            log.AddRange(taken);
        }
    }

    [Fact]
    public void Recorded_IsTakenUnhandled_WithEveryField()
    {
        var store = NewStore();

        Assert.True(store.TryAccept(Message("100")));

        var record = Assert.Single(Take(store, 10));
        Assert.Equal(Message("100"), record.ToMessage());
        Assert.Equal(("telegram:100", false, 0), (record.Key, record.Handled, record.Attempts));
        Assert.True(store.HasPending());
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void AKey_IsRecordedOnce_PerChannelAndPlatformId()
    {
        var store = NewStore();

        Assert.True(store.TryAccept(Message("100")));
        Assert.False(store.TryAccept(Message("100")));
        Assert.True(store.TryAccept(Message("100", channel: "wecom")));
        Assert.Equal(2, store.TryAcceptMany([Message("100"), Message("101", "2"), Message("102", "3"), Message("102", "3")]));

        Assert.Equal(4, store.Count);
        Assert.Equal(["telegram:100", "wecom:100", "telegram:101", "telegram:102"], Take(store, 10).Select(r => r.Key));
    }

    [Fact]
    public void Accepted_IsSignalledOnceCommitted_NeverForARollback()
    {
        var store = NewStore();
        var raised = 0;
        using var subscription = Db.OnCommitted<InboxAccepted>(_ => raised++);

        store.TryAccept(Message("1"));
        Assert.Equal(1, raised);
        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            store.TryAccept(Message("2"));
            throw new InvalidOperationException("crash before commit");
        }));

        Assert.Equal(1, raised);
        Assert.Equal(1, store.Count);
    }

    [Fact]
    public void TheHandledMark_AndTheHandlersWrites_CommitOrRollBackTogether()
    {
        var store = NewStore();
        store.TryAccept(Message("1"));

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            store.MarkHandled(Assert.Single(store.Take(10)));
            store.TryAccept(Message("written by the handler"));
            throw new InvalidOperationException("handler failed");
        }));
        Assert.Equal(["telegram:1"], Take(store, 10).Select(r => r.Key));
        Assert.Equal(1, store.Count);

        Db.InTransaction(() =>
        {
            store.MarkHandled(Assert.Single(store.Take(10)));
            store.TryAccept(Message("written by the handler"));
        });
        Assert.Equal(["telegram:written by the handler"], Take(store, 10).Select(r => r.Key));
        Assert.Equal(2, store.Count);
    }

    [Fact]
    public void AcceptHandled_IsStoredHandled_AndNeverRecordsAKeyTwice()
    {
        var store = NewStore();
        var raised = 0;
        using var subscription = Db.OnCommitted<InboxAccepted>(_ => raised++);
        store.TryAccept(Message("1"));

        var fresh = Db.InTransaction(() => store.AcceptHandled(Message("2")));
        Assert.NotNull(fresh);
        Assert.True(fresh.Handled);
        Assert.Equal(1, raised);

        // A key recorded before: refused with null, or with an exception that rolls the caller's transaction back.
        try
        {
            Assert.Null(Db.InTransaction(() => store.AcceptHandled(Message("1"))));
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
        }

        Assert.Equal(2, store.Count);
        Assert.Equal(["telegram:1"], Take(store, 10).Select(r => r.Key));
        Assert.False(store.TryAccept(Message("2")));
    }

    [Fact]
    public void Take_KeepsArrivalOrder_AndEachChatsOrder()
    {
        var store = NewStore();
        var chats = new[] { "a", "b", "a", "c", "a", "b", "c", "c", "a", "b" };
        store.TryAcceptMany(chats.Select((chat, i) => Message($"{i}", chat)).ToList());

        var log = new List<InboxRecord>();
        HandleAll(store, 3, log);

        Assert.Equal(chats.Length, log.Count);
        Assert.Equal(chats.Length, log.Select(r => r.Key).Distinct().Count());
        foreach (var chat in chats.Distinct())
        {
            var arrived = chats.Select((c, i) => (c, i)).Where(x => x.c == chat).Select(x => $"telegram:{x.i}");
            Assert.Equal(arrived, log.Where(r => r.ChatId == chat).Select(r => r.Key));
        }

        Assert.False(store.HasPending());
        Assert.Empty(Take(store, 10));
    }

    [Fact]
    public void Take_AfterSomeWereHandled_FindsTheRest_AndOnesRecordedLater()
    {
        var store = NewStore();
        store.TryAcceptMany(Enumerable.Range(0, 6).Select(i => Message($"{i}", $"chat-{i}")).ToList());
        Db.InTransaction(() =>
        {
            foreach (var r in store.Take(10).Where((_, i) => i % 2 == 0))
            {
                store.MarkHandled(r);
            }
        });

        Assert.Equal(["telegram:1", "telegram:3", "telegram:5"], Take(store, 10).Select(r => r.Key));
        Assert.Equal(["telegram:1"], Take(store, 1).Select(r => r.Key));

        Db.InTransaction(() =>
        {
            foreach (var r in store.Take(10))
            {
                store.MarkHandled(r);
            }
        });
        Assert.False(store.HasPending());
        store.TryAccept(Message("later", "chat-0"));
        Assert.Equal(["telegram:later"], Take(store, 10).Select(r => r.Key));
    }

    [Fact]
    public void RecordAttempt_Counts()
    {
        var store = NewStore();
        store.TryAccept(Message("1"));

        store.RecordAttempt(Take(store, 1)[0]);
        store.RecordAttempt(Take(store, 1)[0]);

        Assert.Equal(2, Take(store, 1)[0].Attempts);
    }

    [Fact]
    public void DeleteHandled_TakesOnlyOldHandledMessages_OldestFirst_UpToTheMax()
    {
        var store = NewStore();
        store.TryAcceptMany(Enumerable.Range(0, 5).Select(i => Message($"old-{i}", $"chat-{i}", at: At.AddDays(i))).ToList());
        store.TryAccept(Message("recent", at: At.AddDays(20)));
        Db.InTransaction(() =>
        {
            foreach (var r in store.Take(10).Where(r => r.PlatformMessageId != "old-2"))
            {
                store.MarkHandled(r);
            }
        });
        var cutoff = At.AddDays(10).UtcDateTime;

        Assert.Equal(2, store.DeleteHandled(cutoff, 2));
        Assert.Equal(4, store.Count);
        // old-0 and old-1 went first; old-2 is unhandled and stays; old-3 and old-4 go next; "recent" is too young.
        Assert.Equal(2, store.DeleteHandled(cutoff, 10));
        Assert.Equal(0, store.DeleteHandled(cutoff, 10));
        Assert.Equal(2, store.Count);
        Assert.Equal(["telegram:old-2"], Take(store, 10).Select(r => r.Key));
        Assert.True(store.TryAccept(Message("old-0")));
        Assert.False(store.TryAccept(Message("recent")));
    }

    [Fact]
    public void Everything_SurvivesARestart()
    {
        var store = NewStore();
        store.TryAcceptMany([Message("1", "a"), Message("2", "a"), Message("3", "b")]);
        Db.InTransaction(() => store.MarkHandled(store.Take(1)[0]));
        store.RecordAttempt(Take(store, 1)[0]);

        Backend.Reopen();
        store = NewStore();

        Assert.Equal(3, store.Count);
        var pending = Take(store, 10);
        Assert.Equal(["telegram:2", "telegram:3"], pending.Select(r => r.Key));
        Assert.Equal(1, pending[0].Attempts);
        Assert.False(store.TryAccept(Message("1", "a")));
        Assert.True(store.TryAccept(Message("4", "a")));
    }
}

public sealed class LiteDbInboxStoreContract : InboxStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    protected override IInboxStore NewStore() => new LiteDbInbox(((LiteDbScratch)Backend).Database);
}

public sealed class PostgresInboxStoreContract : InboxStoreContract
{
    private PostgresScratch Postgres => (PostgresScratch)Backend;

    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    protected override IInboxStore NewStore() => new PostgresInboxStore(Postgres.Database);

    [Fact]
    public async Task TwoHostsRecordingOneKeyTogether_RecordItOnce()
    {
        const int Messages = 50;
        using var hostA = Postgres.OpenAnother();
        using var hostB = Postgres.OpenAnother();
        using var start = new Barrier(2);

        Task<int> Run(PostgresDatabase db) => Task.Run(() =>
        {
            var inbox = new PostgresInboxStore(db);
            start.SignalAndWait();
            return Enumerable.Range(0, Messages).Count(i => db.InTransaction(() => inbox.TryAccept(Message($"{i}", $"chat-{i % 7}"))));
        });

        var accepted = await Task.WhenAll(Run(hostA), Run(hostB));

        Assert.Equal(Messages, accepted.Sum());
        var store = NewStore();
        Assert.Equal(Messages, store.Count);
        var handled = new List<InboxRecord>();
        HandleAll(store, 10, handled);
        Assert.Equal(Enumerable.Range(0, Messages).Select(i => $"telegram:{i}"), handled.Select(r => r.Key).Order(StringComparer.Ordinal)
            .OrderBy(k => int.Parse(k["telegram:".Length..], System.Globalization.CultureInfo.InvariantCulture)));
    }
}
