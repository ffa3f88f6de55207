using Bot.Core.Messaging;
using Bot.Core.Storage;
using Bot.Core.Texts;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the dispatchers and the features rely on from <see cref="IOutboxStore"/>, run against every backend:
/// messages round-trip, a dedupe key is enqueued at most once (also twice in one transaction, which must still
/// commit), an enqueue belongs to its transaction, long texts are split in order, and claims follow the send order
/// (interactive before bulk, one message per chat at a time, in order) and are exclusive until they end or lapse.
/// </summary>
public abstract class OutboxStoreContract : IAsyncLifetime
{
    protected static readonly ChannelLimits[] Limits = [new() { Channel = "telegram", MaxTextLength = 40 }, new() { Channel = "wecom" }];

    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));

    protected IScratchBackend Backend { get; private set; } = null!;

    private IUnitOfWork Db => Backend.Transactions;

    private DateTime Now => Time.GetUtcNow().UtcDateTime;

    protected abstract Task<IScratchBackend> OpenAsync();

    protected abstract IOutboxStore NewStore();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    protected static OutgoingMessage To(string chat, string text, MessagePriority priority = MessagePriority.Interactive, string? key = null,
        string channel = "telegram") => new()
    {
        To = new ChatAddress(channel, chat, ChatKind.Private),
        Text = text,
        Priority = priority,
        DedupeKey = key,
    };

    [Fact]
    public void Enqueued_IsPendingOnItsChannel_WithEveryField()
    {
        var store = NewStore();
        var message = new OutgoingMessage
        {
            To = new ChatAddress("telegram", "-100", ChatKind.Group, "7"),
            Text = "通知：明早8点集合",
            Buttons = [[new Button("收到", "ack:1"), new Button("Later", "later:1")]],
            File = new OutgoingFile("名单.csv", "text/csv", [1, 2, 3, 0, 255]),
            PhotoRef = "photo-1",
            Priority = MessagePriority.Bulk,
            DedupeKey = "notice:1:p-1",
            BatchKey = "batch-1",
            ReplyToken = "reply-1",
            Language = Language.ZhHant,
        };

        Assert.True(store.Enqueue(message));

        var r = Assert.Single(store.Pending("telegram"));
        Assert.Empty(store.Pending("wecom"));
        Assert.Equal(("notice:1:p-1", "telegram", OutboxStatus.Pending, 0), (r.DedupeKey, r.Queue, r.Status, r.Attempts));
        Assert.Equal((Now, Now, DateTimeKind.Utc), (r.CreatedAtUtc, r.NextAttemptAtUtc, r.NextAttemptAtUtc.Kind));
        Assert.Null(r.SentAtUtc);
        Assert.Null(r.LastError);
        var back = r.ToMessage();
        Assert.Equal(message.To, back.To);
        Assert.Equal(message.Text, back.Text);
        Assert.Equal(message.Buttons.SelectMany(b => b), back.Buttons.SelectMany(b => b));
        Assert.Equal(message.File.FileName, back.File?.FileName);
        Assert.Equal(message.File.ContentType, back.File?.ContentType);
        Assert.Equal(message.File.Content, back.File?.Content);
        Assert.Equal((message.PhotoRef, message.Priority, message.BatchKey, message.ReplyToken, message.Language),
            (back.PhotoRef, back.Priority, back.BatchKey, back.ReplyToken, back.Language));
        Assert.Equal(r.Id, store.Find(r.Id)?.Id);
        Assert.Null(store.Find(r.Id + 1000));
    }

    [Fact]
    public void ADedupeKey_IsEnqueuedAtMostOnce()
    {
        var store = NewStore();

        Assert.True(store.Enqueue(To("1", "第一次", key: "reminder:shift-9:p-1")));
        Assert.False(store.Enqueue(To("1", "第二次", key: "reminder:shift-9:p-1")));
        Assert.True(store.Enqueue(To("2", "another recipient", key: "reminder:shift-9:p-2")));

        Assert.True(store.Exists("reminder:shift-9:p-1"));
        Assert.False(store.Exists("reminder:shift-9:p-3"));
        Assert.Equal(["第一次", "another recipient"], store.Pending("telegram").OrderBy(r => r.Id).Select(r => r.Text));
    }

    [Fact]
    public void MessagesWithoutAKey_AreAllKept()
    {
        var store = NewStore();

        Assert.True(store.Enqueue(To("1", "好")));
        Assert.True(store.Enqueue(To("1", "好")));

        Assert.Equal(2, store.PendingCount("telegram"));
    }

    [Fact]
    public void ADuplicateInsideATransaction_IsRefused_AndTheTransactionStillCommits()
    {
        var store = NewStore();

        var results = Db.InTransaction(() => (
            store.Enqueue(To("1", "a", key: "k")),
            store.Enqueue(To("1", "b", key: "k")),
            store.Enqueue(To("2", "c"))));

        Assert.Equal((true, false, true), results);
        Assert.Equal(["a", "c"], store.Pending("telegram").OrderBy(r => r.Id).Select(r => r.Text));
    }

    [Fact]
    public void ARolledBackEnqueue_IsGone_RaisesNothing_AndFreesItsKey()
    {
        var store = NewStore();
        var raised = 0;
        using var subscription = Db.OnCommitted<OutboxStored>(_ => raised++);

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            store.Enqueue(To("1", "reply", key: "k"));
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Empty(store.Pending("telegram"));
        Assert.Equal(0, raised);
        Assert.True(store.Enqueue(To("1", "reply", key: "k")));
    }

    [Fact]
    public void Stored_IsRaisedOnceCommitted_WithTheRecordsAndTheirIds()
    {
        var store = NewStore();
        var raised = new List<(string Channel, IReadOnlyList<OutboxRecord> Records)>();
        using var subscription = Db.OnCommitted<OutboxStored>(s => raised.Add((s.Channel, s.Records)));

        Db.InTransaction(() =>
        {
            store.Enqueue(To("1", "one"));
            store.Enqueue(To("x", "two", channel: "wecom"));
            Assert.Empty(raised);
        });

        Assert.Equal(["telegram", "wecom"], raised.Select(r => r.Channel));
        Assert.Equal(store.Pending("telegram").Select(r => r.Id).Order(), raised[0].Records.Select(r => r.Id));
        Assert.Equal(store.Pending("wecom").Select(r => r.Id), raised[1].Records.Select(r => r.Id));
    }

    [Fact]
    public void ALongText_IsSplitIntoOrderedParts_WithTheButtonsOnTheLast()
    {
        var store = NewStore();
        var text = string.Join("\n", Enumerable.Range(1, 12).Select(i => $"第{i}行：值班安排"));

        Assert.True(store.Enqueue(To("1", text, key: "long") with { Buttons = [[new Button("OK", "ok")]] }));

        // Stored in order: ids rise with the parts.
        var parts = store.Pending("telegram").OrderBy(p => p.Id).ToList();
        Assert.True(parts.Count > 1);
        Assert.Equal(["long", .. Enumerable.Range(1, parts.Count - 1).Select(i => $"long#{i}")], parts.Select(p => p.DedupeKey));
        Assert.All(parts, p => Assert.True(p.Text.Length <= 40));
        Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal), string.Concat(parts.Select(p => p.Text)).Replace("\n", "", StringComparison.Ordinal));
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.ButtonsJson));
        Assert.NotNull(parts[^1].ButtonsJson);
    }

    [Fact]
    public void Counts_AndOutcomes_LeaveTheQueue()
    {
        var store = NewStore();
        store.Enqueue(To("1", "a"));
        store.Enqueue(To("2", "b"));
        store.Enqueue(To("x", "c", channel: "wecom"));
        var pending = store.Pending("telegram").OrderBy(r => r.Id).ToList();
        var (a, b) = (pending[0], pending[1]);

        Time.Advance(TimeSpan.FromSeconds(3));
        store.InTransaction(() =>
        {
            store.MarkSent(a);
            store.MarkFailed(b, "403 blocked by user");
        });

        Assert.Equal((0, 1, 1), (store.PendingCount("telegram"), store.PendingCount("wecom"), store.PendingCount()));
        var sent = store.Find(a.Id)!;
        Assert.Equal((OutboxStatus.Sent, "", 1, Now), (sent.Status, sent.Queue, sent.Attempts, sent.SentAtUtc));
        var failed = store.Find(b.Id)!;
        Assert.Equal((OutboxStatus.Failed, "", 1, "403 blocked by user"), (failed.Status, failed.Queue, failed.Attempts, failed.LastError));
        Assert.Equal(3, store.All().Count);
    }

    [Fact]
    public void Claim_OffersEachChatsFirstMessage_ThenItsNext_OnceTheFirstIsSent()
    {
        var store = NewStore();
        store.Enqueue(To("1", "1a"));
        store.Enqueue(To("1", "1b"));
        store.Enqueue(To("2", "2a"));

        var first = store.Claim("telegram", "host-a", 10, TimeSpan.FromMinutes(5));
        Assert.Equal(["1a", "2a"], first.Select(r => r.Text));
        Assert.Empty(store.Claim("telegram", "host-a", 10, TimeSpan.FromMinutes(5)));

        store.MarkSent(first[0]);

        Assert.Equal(["1b"], store.Claim("telegram", "host-a", 10, TimeSpan.FromMinutes(5)).Select(r => r.Text));
    }

    [Fact]
    public void Claim_TakesInteractiveBeforeBulk_AcrossChats_AndWithinAChat()
    {
        var store = NewStore();
        store.Enqueue(To("1", "bulk to 1", MessagePriority.Bulk));
        store.Enqueue(To("2", "bulk to 2", MessagePriority.Bulk));
        store.Enqueue(To("3", "reply to 3"));
        store.Enqueue(To("1", "reply to 1"));

        var claimed = store.Claim("telegram", "host-a", 2, TimeSpan.FromMinutes(5));

        Assert.Equal(["reply to 3", "reply to 1"], claimed.Select(r => r.Text));
        Assert.Equal(["bulk to 2"], store.Claim("telegram", "host-a", 10, TimeSpan.FromMinutes(5)).Select(r => r.Text));
    }

    [Fact]
    public void Claim_TakesNoMoreThanMax_AndOffersTheRestNext()
    {
        var store = NewStore();
        foreach (var chat in new[] { "1", "2", "3", "4", "5" })
        {
            store.Enqueue(To(chat, "hi " + chat));
        }

        Assert.Equal(["hi 1", "hi 2"], store.Claim("telegram", "host-a", 2, TimeSpan.FromMinutes(5)).Select(r => r.Text));
        Assert.Equal(["hi 3", "hi 4", "hi 5"], store.Claim("telegram", "host-b", 10, TimeSpan.FromMinutes(5)).Select(r => r.Text));
        Assert.Empty(store.Claim("wecom", "host-b", 10, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void AClaimedChat_OffersNothingToAnyone_UntilTheLeaseLapses_ThenTheSameMessageAgain()
    {
        var store = NewStore();
        store.Enqueue(To("1", "bulk", MessagePriority.Bulk));
        var held = Assert.Single(store.Claim("telegram", "host-a", 10, TimeSpan.FromMinutes(5)));

        // Even a newer interactive reply to the same chat waits: one message per chat in flight.
        store.Enqueue(To("1", "reply"));
        Assert.Empty(store.Claim("telegram", "host-b", 10, TimeSpan.FromMinutes(5)));
        Time.Advance(TimeSpan.FromMinutes(4));
        Assert.Empty(store.Claim("telegram", "host-b", 10, TimeSpan.FromMinutes(5)));

        // host-a died: after the lease the chat is free again, and its first message is now the reply.
        Time.Advance(TimeSpan.FromMinutes(1));
        var again = Assert.Single(store.Claim("telegram", "host-b", 10, TimeSpan.FromMinutes(5)));
        Assert.Equal("reply", again.Text);
        Assert.Equal("bulk", held.Text);
    }

    [Fact]
    public void RenewedClaims_OutliveTheirFirstLease_AndLapseOneLeaseAfterTheLastRenewal()
    {
        var lease = TimeSpan.FromSeconds(30);
        var store = NewStore();
        store.Enqueue(To("1", "a"));
        store.Enqueue(To("2", "b"));
        var held = store.Claim("telegram", "host-a", 10, lease).Select(r => r.Id).ToList();
        Assert.Equal(2, held.Count);

        // host-a lives: it renews every 10 s, and three leases later nobody else may take its messages.
        for (var i = 0; i < 9; i++)
        {
            Time.Advance(TimeSpan.FromSeconds(10));
            Assert.Equal(2, store.RenewClaims("telegram", "host-a", held, lease));
            Assert.Empty(store.Claim("telegram", "host-b", 10, lease));
        }

        // host-a dies: one lease after its last renewal the messages are free again.
        Time.Advance(lease - TimeSpan.FromSeconds(1));
        Assert.Empty(store.Claim("telegram", "host-b", 10, lease));
        Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(["a", "b"], store.Claim("telegram", "host-b", 10, lease).Select(r => r.Text));
    }

    [Fact]
    public void RenewClaims_ExtendsOnlyTheClaimantsOwnUnendedClaims_OnThatChannel()
    {
        var lease = TimeSpan.FromSeconds(30);
        var store = NewStore();
        store.Enqueue(To("1", "sent by a"));
        store.Enqueue(To("2", "put back by a"));
        store.Enqueue(To("3", "held by a"));
        store.Enqueue(To("4", "held by b"));
        store.Enqueue(To("5", "on wecom", channel: "wecom"));
        var mine = store.Claim("telegram", "host-a", 3, lease);
        var others = store.Claim("telegram", "host-b", 10, lease).Concat(store.Claim("wecom", "host-b", 10, lease)).ToList();
        Assert.Equal(2, others.Count);
        store.MarkSent(mine[0]);
        store.Reschedule(mine[1], Now, "429", countAttempt: true);
        Assert.Equal(["put back by a"], store.Claim("telegram", "host-c", 10, lease).Select(r => r.Text));

        Time.Advance(TimeSpan.FromSeconds(20));
        // a names every message, its own and the others': only its unended claim on the channel is renewed.
        var every = mine.Concat(others).Select(r => r.Id).ToList();
        Assert.Equal(1, store.RenewClaims("telegram", "host-a", every, lease));
        Assert.Equal(0, store.RenewClaims("wecom", "host-a", every, lease));

        // b's and c's claims were not extended by a's renewal; a's was.
        Time.Advance(TimeSpan.FromSeconds(11));
        Assert.Equal(["put back by a", "held by b"], store.Claim("telegram", "host-d", 10, lease).Select(r => r.Text));
        Assert.Equal(["on wecom"], store.Claim("wecom", "host-d", 10, lease).Select(r => r.Text));
        Time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(["held by a"], store.Claim("telegram", "host-d", 10, lease).Select(r => r.Text));
    }

    [Fact]
    public void ClaimingOneChannel_LeavesAnotherChannelsClaimsAlone()
    {
        var store = NewStore();
        store.Enqueue(To("1", "on wecom", channel: "wecom"));
        store.Enqueue(To("1", "on telegram"));
        Assert.Single(store.Claim("wecom", "host-a", 10, TimeSpan.FromMinutes(5)));

        Assert.Single(store.Claim("telegram", "host-a", 10, TimeSpan.FromMinutes(5)));

        Assert.Empty(store.Claim("wecom", "host-b", 10, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void ALapsedClaimTakenOver_IsNotRenewedByItsFormerClaimant()
    {
        var lease = TimeSpan.FromSeconds(30);
        var store = NewStore();
        store.Enqueue(To("1", "a"));
        var held = Assert.Single(store.Claim("telegram", "host-a", 10, lease));
        Time.Advance(lease + TimeSpan.FromSeconds(1));
        Assert.Single(store.Claim("telegram", "host-b", 10, lease));

        // host-a was only paused, not dead: its late renewal neither takes the message back nor keeps b's claim alive.
        Assert.Equal(0, store.RenewClaims("telegram", "host-a", [held.Id], TimeSpan.FromMinutes(5)));
        Time.Advance(lease + TimeSpan.FromSeconds(1));
        Assert.Equal(["a"], store.Claim("telegram", "host-c", 10, lease).Select(r => r.Text));
    }

    [Fact]
    public void ALapsedClaimNobodyTook_IsRenewedByItsClaimant()
    {
        var lease = TimeSpan.FromSeconds(30);
        var store = NewStore();
        store.Enqueue(To("1", "a"));
        var held = Assert.Single(store.Claim("telegram", "host-a", 10, lease));
        Time.Advance(lease + TimeSpan.FromSeconds(5));

        Assert.Equal(1, store.RenewClaims("telegram", "host-a", [held.Id], lease));
        Assert.Empty(store.Claim("telegram", "host-b", 10, lease));
    }

    [Fact]
    public void AClaimTheClaimantNoLongerNames_IsNotRenewed_AndLapses()
    {
        var lease = TimeSpan.FromSeconds(30);
        var store = NewStore();
        store.Enqueue(To("1", "still held"));
        store.Enqueue(To("2", "lost track of"));
        var claimed = store.Claim("telegram", "host-a", 10, lease);

        Time.Advance(TimeSpan.FromSeconds(20));
        Assert.Equal(1, store.RenewClaims("telegram", "host-a", [claimed[0].Id], lease));

        Time.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(["lost track of"], store.Claim("telegram", "host-b", 10, lease).Select(r => r.Text));
    }

    [Fact]
    public void Reschedule_EndsTheClaim_AndTheMessageIsDueAgainAtItsTime()
    {
        var store = NewStore();
        store.Enqueue(To("1", "a"));
        store.Enqueue(To("1", "b"));
        var a = Assert.Single(store.Claim("telegram", "host-a", 10, TimeSpan.FromMinutes(5)));

        store.Reschedule(a, Now.AddSeconds(30), "429 retry after 30", countAttempt: true);

        Assert.Empty(store.Claim("telegram", "host-a", 10, TimeSpan.FromMinutes(5)));
        Time.Advance(TimeSpan.FromSeconds(30));
        var again = Assert.Single(store.Claim("telegram", "host-b", 10, TimeSpan.FromMinutes(5)));
        Assert.Equal((a.Id, 1, "429 retry after 30"), (again.Id, again.Attempts, again.LastError));
        Assert.Equal(Now, again.NextAttemptAtUtc);
    }

    [Fact]
    public void AFailedMessage_EndsTheClaim_AndTheChatGoesOn()
    {
        var store = NewStore();
        store.Enqueue(To("1", "a"));
        store.Enqueue(To("1", "b"));
        var a = Assert.Single(store.Claim("telegram", "host-a", 10, TimeSpan.FromMinutes(5)));

        store.MarkFailed(a, "400 bad request");

        Assert.Equal(["b"], store.Claim("telegram", "host-a", 10, TimeSpan.FromMinutes(5)).Select(r => r.Text));
    }

    [Fact]
    public void PendingMessages_SurviveARestart()
    {
        NewStore().Enqueue(To("1", "a", key: "k"));

        Backend.Reopen();
        var store = NewStore();

        Assert.Equal(["a"], store.Pending("telegram").Select(r => r.Text));
        Assert.False(store.Enqueue(To("1", "a", key: "k")));
        Assert.Single(store.Claim("telegram", "host-a", 10, TimeSpan.FromMinutes(5)));
    }
}

public sealed class LiteDbOutboxContract : OutboxStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    protected override IOutboxStore NewStore() => new LiteDbOutbox(((LiteDbScratch)Backend).Database, Time, Limits);
}

public sealed class PostgresOutboxContract : OutboxStoreContract
{
    private PostgresScratch Postgres => (PostgresScratch)Backend;

    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    protected override IOutboxStore NewStore() => new PostgresOutbox(Postgres.Database, Time, Limits);

    [Fact]
    public async Task TwoHostsClaimingTogether_ClaimEachMessageOnce_AndEachChatInOrder()
    {
        const int Chats = 20;
        const int PerChat = 10;
        var store = NewStore();
        for (var i = 0; i < PerChat; i++)
        {
            for (var chat = 0; chat < Chats; chat++)
            {
                store.Enqueue(To($"chat-{chat}", $"{chat}/{i}", i % 3 == 0 ? MessagePriority.Interactive : MessagePriority.Bulk));
            }
        }

        var expected = store.Pending("telegram")
            .GroupBy(r => r.ChatId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Priority).ThenBy(r => r.Id).Select(r => r.Id).ToList());
        var sequence = 0L;
        var log = new System.Collections.Concurrent.ConcurrentBag<(long Seq, long Id, string Chat, string Host)>();
        using var hostA = Postgres.OpenAnother();
        using var hostB = Postgres.OpenAnother();
        using var start = new Barrier(2);

        Task Run(string host, Bot.Core.Storage.Postgres.PostgresDatabase db) => Task.Run(() =>
        {
            var outbox = new PostgresOutbox(db, Time, Limits);
            start.SignalAndWait();
            while (outbox.PendingCount("telegram") > 0)
            {
                foreach (var r in outbox.Claim("telegram", host, 7, TimeSpan.FromHours(1)))
                {
                    // Numbered before the send is recorded: a chat's next message can only be claimed after that.
                    log.Add((Interlocked.Increment(ref sequence), r.Id, r.ChatId, host));
                    outbox.MarkSent(r);
                }
            }
        });

        await Task.WhenAll(Run("host-a", hostA), Run("host-b", hostB));

        var claims = log.ToList();
        Assert.Equal(Chats * PerChat, claims.Count);
        Assert.Equal(Chats * PerChat, claims.Select(c => c.Id).Distinct().Count());
        foreach (var (chat, order) in expected)
        {
            Assert.Equal(order, claims.Where(c => c.Chat == chat).OrderBy(c => c.Seq).Select(c => c.Id));
        }

        Assert.Equal(0, store.PendingCount());
        Assert.All(store.All(), r => Assert.Equal((OutboxStatus.Sent, 1), (r.Status, r.Attempts)));
    }

    [Fact]
    public async Task TwoHostsEnqueueingOneKeyTogether_StoreItOnce()
    {
        using var hostA = Postgres.OpenAnother();
        using var hostB = Postgres.OpenAnother();
        using var start = new Barrier(2);

        Task<bool> Run(Bot.Core.Storage.Postgres.PostgresDatabase db) => Task.Run(() =>
        {
            var outbox = new PostgresOutbox(db, Time, Limits);
            start.SignalAndWait();
            return db.InTransaction(() => outbox.Enqueue(To("1", "broadcast copy", MessagePriority.Bulk, "broadcast:7:p-1")));
        });

        var results = await Task.WhenAll(Run(hostA), Run(hostB));

        Assert.Equal(1, results.Count(r => r));
        Assert.Single(NewStore().Pending("telegram"));
    }
}
