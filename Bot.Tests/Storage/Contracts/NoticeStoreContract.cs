using Bot.Core.Notices;
using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the notices feature relies on from <see cref="INoticeStore"/>, run against every backend: notices round-trip
/// with every field, ids are assigned, lookups by status / occurrence / community, newest first, one recipient per
/// (notice, person) with a resumed fan-out leaving recorded ones alone, rollback discards, and a reopen keeps data.
/// Across hosts: only a draft or scheduled notice is marked sent or cancelled, only a stored draft is changed as a
/// draft, a reminder round is claimed once, and one notice is stored per occurrence key, so of two callers sending or
/// cancelling one notice, reminding from it, or adding one occurrence, at once exactly one does it.
/// </summary>
public abstract class NoticeStoreContract : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    private IUnitOfWork Db => Backend.Transactions;

    protected abstract Task<IScratchBackend> OpenAsync();

    private protected abstract INoticeStore NewStore();

    /// <summary>A store as another host has it: on a connection of its own where the backend has several.</summary>
    private protected abstract INoticeStore AnotherHost();

    /// <summary>Whether the caller on <paramref name="other"/> waits for a lock another transaction holds.</summary>
    protected abstract bool IsWaiting(Thread other);

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public virtual async Task DisposeAsync() => await Backend.DisposeAsync();

    private static Notice NewNotice(string community = "c1", NoticeStatus status = NoticeStatus.Draft, string? occurrence = null) => new()
    {
        Kind = NoticeKind.Lecture,
        CommunityId = community,
        Title = "学习",
        Content = "第一行\nhttps://example.org/a",
        Audience = NoticeAudience.PartyMembers,
        Status = status,
        AuthorId = "p-1",
        CreatedAtUtc = At,
        ScheduledAtUtc = At.AddHours(2),
        SentAtUtc = At.AddHours(3),
        GroupCount = 2,
        PersonCount = 5,
        ChannelCounts = new() { ["wecom"] = 4, ["telegram"] = 3 },
        RemindCount = 1,
        LastRemindedAtUtc = At.AddHours(4),
        AutoRemindedAtUtc = At.AddHours(5),
        OccurrenceKey = occurrence,
    };

    private static NoticeRecipient NewRecipient(int noticeId, string person, string name = "张三") => new()
    {
        NoticeId = noticeId,
        PersonId = person,
        Name = name,
        CommunityId = "c1",
        PartyMember = true,
        Addressed = true,
        Reachable = false,
        Channel = "wecom",
    };

    [Fact]
    public void Added_GetsAnId_AndIsFound_WithEveryField()
    {
        var store = NewStore();
        var first = store.Add(NewNotice(occurrence: "daily@2026-11-29"));
        var second = store.Add(NewNotice());

        Assert.NotEqual(0, first.Id);
        Assert.True(second.Id > first.Id);
        var got = store.Get(first.Id);
        Assert.NotNull(got);
        Assert.Equal((NoticeKind.Lecture, "c1", "学习", "第一行\nhttps://example.org/a", NoticeAudience.PartyMembers, NoticeStatus.Draft, "p-1"),
            (got.Kind, got.CommunityId, got.Title, got.Content, got.Audience, got.Status, got.AuthorId));
        Assert.Equal((At, At.AddHours(2), At.AddHours(3), At.AddHours(4), At.AddHours(5)),
            (got.CreatedAtUtc, got.ScheduledAtUtc, got.SentAtUtc, got.LastRemindedAtUtc, got.AutoRemindedAtUtc));
        Assert.Equal(DateTimeKind.Utc, got.SentAtUtc!.Value.Kind);
        Assert.Equal((2, 5, 1, "daily@2026-11-29"), (got.GroupCount, got.PersonCount, got.RemindCount, got.OccurrenceKey));
        Assert.Equal(new Dictionary<string, int> { ["wecom"] = 4, ["telegram"] = 3 }, got.ChannelCounts);
        Assert.Null(store.Get(second.Id + 100));
    }

    [Fact]
    public void Update_ChangesStatus_AndLookupsFollow()
    {
        var store = NewStore();
        var a = store.Add(NewNotice());
        var b = store.Add(NewNotice());
        var c = store.Add(NewNotice());

        b.ScheduleAt(new DateTimeOffset(At));
        store.Update(b);
        c.ScheduleAt(new DateTimeOffset(At));
        store.Update(c);

        Assert.Equal([b.Id, c.Id], store.WithStatus(NoticeStatus.Scheduled).Select(n => n.Id));
        Assert.Equal([a.Id], store.WithStatus(NoticeStatus.Draft).Select(n => n.Id));
        Assert.Empty(store.WithStatus(NoticeStatus.Sent));
    }

    [Fact]
    public void OccurrenceExists_OnlyForAStoredKey()
    {
        var store = NewStore();
        store.Add(NewNotice(occurrence: "weekly@2026-11-30T01:00"));

        Assert.True(store.OccurrenceExists("weekly@2026-11-30T01:00"));
        Assert.False(store.OccurrenceExists("weekly@2026-12-07T01:00"));
    }

    [Fact]
    public void MarkSent_OnlyADraftOrScheduledNotice_BecomesSent_WithEveryField()
    {
        var store = NewStore();
        var draft = store.Add(NewNotice());
        var scheduled = store.Add(NewNotice(status: NoticeStatus.Scheduled));
        var cancelled = store.Add(NewNotice(status: NoticeStatus.Cancelled));
        var stale = store.Get(draft.Id)!;

        draft.MarkSent(new DateTimeOffset(At.AddDays(1)));
        draft.GroupCount = 9;
        Assert.True(store.MarkSent(draft));
        scheduled.MarkSent(new DateTimeOffset(At.AddDays(1)));
        Assert.True(store.MarkSent(scheduled));
        stale.MarkSent(new DateTimeOffset(At.AddDays(2)));
        Assert.False(store.MarkSent(stale));
        cancelled.Status = NoticeStatus.Sent;
        Assert.False(store.MarkSent(cancelled));

        var got = store.Get(draft.Id)!;
        Assert.Equal((NoticeStatus.Sent, At.AddDays(1), 9), (got.Status, got.SentAtUtc, got.GroupCount));
        Assert.Equal([draft.Id, scheduled.Id], store.WithStatus(NoticeStatus.Sent).Select(n => n.Id));
        Assert.Equal(NoticeStatus.Cancelled, store.Get(cancelled.Id)!.Status);
    }

    [Fact]
    public async Task MarkSent_ByTwoCallersAtOnce_OneWins()
    {
        var store = NewStore();
        var other = AnotherHost();
        var id = store.Add(NewNotice(status: NoticeStatus.Scheduled)).Id;
        var mine = store.Get(id)!;
        var theirs = other.Get(id)!;
        mine.MarkSent(new DateTimeOffset(At.AddDays(1)));
        theirs.MarkSent(new DateTimeOffset(At.AddDays(2)));

        var (won, lost) = await Contention.SecondWaitsForFirst(Db, () => store.MarkSent(mine), () => other.MarkSent(theirs), IsWaiting);

        Assert.True(won);
        Assert.False(lost);
        Assert.Equal(At.AddDays(1), NewStore().Get(id)!.SentAtUtc);
    }

    [Fact]
    public void MarkCancelled_OnlyADraftOrScheduledNotice_BecomesCancelled()
    {
        var store = NewStore();
        var draft = store.Add(NewNotice());
        var scheduled = store.Add(NewNotice(status: NoticeStatus.Scheduled));
        var sent = store.Add(NewNotice());
        var stale = store.Get(sent.Id)!;
        sent.MarkSent(new DateTimeOffset(At.AddDays(1)));
        Assert.True(store.MarkSent(sent));

        Assert.True(draft.Cancel());
        Assert.True(store.MarkCancelled(draft));
        Assert.True(scheduled.Cancel());
        Assert.True(store.MarkCancelled(scheduled));
        Assert.True(stale.Cancel());
        Assert.False(store.MarkCancelled(stale));
        Assert.Throws<ArgumentException>(() => store.MarkCancelled(store.Get(sent.Id)!));

        Assert.Equal([draft.Id, scheduled.Id], store.WithStatus(NoticeStatus.Cancelled).Select(n => n.Id));
        Assert.Equal((NoticeStatus.Sent, At.AddDays(1)), (store.Get(sent.Id)!.Status, store.Get(sent.Id)!.SentAtUtc));
        var cancelledTwice = store.Get(draft.Id)!;
        cancelledTwice.Status = NoticeStatus.Cancelled;
        Assert.False(store.MarkCancelled(cancelledTwice));
    }

    [Fact]
    public void SaveDraft_OnlyOverAStoredDraft()
    {
        var store = NewStore();
        var draft = store.Add(NewNotice());
        var staleDraft = store.Get(draft.Id)!;
        var scheduled = store.Add(NewNotice(status: NoticeStatus.Scheduled));

        draft.Audience = NoticeAudience.Groups;
        Assert.True(store.SaveDraft(draft));
        Assert.Equal(NoticeAudience.Groups, store.Get(draft.Id)!.Audience);
        draft.ScheduleAt(new DateTimeOffset(At.AddDays(1)));
        Assert.True(store.SaveDraft(draft));
        staleDraft.Audience = NoticeAudience.Cadres;
        Assert.False(store.SaveDraft(staleDraft));
        scheduled.Audience = NoticeAudience.Cadres;
        Assert.False(store.SaveDraft(scheduled));

        var got = store.Get(draft.Id)!;
        Assert.Equal((NoticeStatus.Scheduled, NoticeAudience.Groups, At.AddDays(1)), (got.Status, got.Audience, got.ScheduledAtUtc));
        Assert.Equal(NoticeAudience.PartyMembers, store.Get(scheduled.Id)!.Audience);
    }

    [Fact]
    public void ClaimReminder_OneRoundAtATime_OfASentNoticeOnly()
    {
        var store = NewStore();
        var notice = store.Add(NewNotice(status: NoticeStatus.Sent));
        var stale = store.Get(notice.Id)!;
        var draft = store.Add(NewNotice());

        notice.RecordReminder(new DateTimeOffset(At.AddDays(1)), automatic: true);
        Assert.True(store.ClaimReminder(notice));
        stale.RecordReminder(new DateTimeOffset(At.AddDays(2)), automatic: false);
        Assert.False(store.ClaimReminder(stale));
        notice.RecordReminder(new DateTimeOffset(At.AddDays(3)), automatic: false);
        Assert.True(store.ClaimReminder(notice));
        draft.Status = NoticeStatus.Sent;
        draft.RecordReminder(new DateTimeOffset(At.AddDays(1)), automatic: true);
        Assert.False(store.ClaimReminder(draft));

        var got = store.Get(notice.Id)!;
        Assert.Equal((3, At.AddDays(3), At.AddDays(1)), (got.RemindCount, got.LastRemindedAtUtc, got.AutoRemindedAtUtc));
        Assert.Equal((NoticeStatus.Draft, 1), (store.Get(draft.Id)!.Status, store.Get(draft.Id)!.RemindCount));
    }

    [Fact]
    public async Task SentAndCancelledOnTwoHostsAtOnce_TheSendFirst_OneWins_AndTheNoticeIsSent()
    {
        var store = NewStore();
        var other = AnotherHost();
        var id = store.Add(NewNotice(status: NoticeStatus.Scheduled)).Id;
        var send = store.Get(id)!;
        var cancel = other.Get(id)!;
        Assert.True(cancel.Cancel());
        send.MarkSent(new DateTimeOffset(At.AddDays(1)));

        var (sent, cancelled) = await Contention.SecondWaitsForFirst(Db, () => store.MarkSent(send), () => other.MarkCancelled(cancel), IsWaiting);

        Assert.Equal((true, false), (sent, cancelled));
        Assert.Equal(NoticeStatus.Sent, NewStore().Get(id)!.Status);
    }

    [Fact]
    public async Task SentAndCancelledOnTwoHostsAtOnce_TheCancelFirst_OneWins_AndTheNoticeIsCancelled()
    {
        var store = NewStore();
        var other = AnotherHost();
        var id = store.Add(NewNotice()).Id;
        var cancel = store.Get(id)!;
        var send = other.Get(id)!;
        Assert.True(cancel.Cancel());
        send.MarkSent(new DateTimeOffset(At.AddDays(1)));

        var (cancelled, sent) = await Contention.SecondWaitsForFirst(Db, () => store.MarkCancelled(cancel), () => other.MarkSent(send), IsWaiting);

        Assert.Equal((true, false), (cancelled, sent));
        Assert.Equal(NoticeStatus.Cancelled, NewStore().Get(id)!.Status);
    }

    [Fact]
    public async Task ClaimReminder_ByTwoHostsAtOnce_OneClaims()
    {
        var store = NewStore();
        var other = AnotherHost();
        var id = store.Add(NewNotice(status: NoticeStatus.Sent)).Id;
        var mine = store.Get(id)!;
        var theirs = other.Get(id)!;
        mine.RecordReminder(new DateTimeOffset(At.AddDays(1)), automatic: true);
        theirs.RecordReminder(new DateTimeOffset(At.AddDays(2)), automatic: true);

        var (won, lost) = await Contention.SecondWaitsForFirst(Db, () => store.ClaimReminder(mine), () => other.ClaimReminder(theirs), IsWaiting);

        Assert.Equal((true, false), (won, lost));
        var got = NewStore().Get(id)!;
        Assert.Equal((2, At.AddDays(1)), (got.RemindCount, got.AutoRemindedAtUtc));
    }

    [Fact]
    public void AddOccurrence_OnePerKey_RolledBackGivesTheKeyBack()
    {
        var store = NewStore();
        var first = NewNotice(occurrence: "weekly@202611300100");
        var again = NewNotice(occurrence: "weekly@202611300100");

        Assert.True(store.AddOccurrence(first));
        Assert.False(store.AddOccurrence(again));
        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            Assert.True(store.AddOccurrence(NewNotice(occurrence: "weekly@202612070100")));
            throw new InvalidOperationException("publishing failed");
        }));
        var next = NewNotice(occurrence: "weekly@202612070100");
        Assert.True(store.AddOccurrence(next));

        Assert.NotEqual(0, first.Id);
        Assert.Equal(0, again.Id);
        Assert.Equal([next.Id, first.Id], store.Recent(null, 10).Select(n => n.Id));
        Assert.Equal("weekly@202611300100", store.Get(first.Id)!.OccurrenceKey);
    }

    [Fact]
    public async Task AddOccurrence_ByTwoHostsAtOnce_StoresOneNotice()
    {
        var store = NewStore();
        var other = AnotherHost();
        var mine = NewNotice(occurrence: "daily@202611290800");
        var theirs = NewNotice(occurrence: "daily@202611290800");

        var (won, lost) = await Contention.SecondWaitsForFirst(Db, () => store.AddOccurrence(mine), () => other.AddOccurrence(theirs), IsWaiting);

        Assert.True(won);
        Assert.False(lost);
        Assert.Equal([mine.Id], NewStore().Recent(null, 10).Select(n => n.Id));
    }

    [Fact]
    public void Recent_NewestFirst_OfACommunity_WithDistrictWide_FilteredAndCounted()
    {
        var store = NewStore();
        var c1 = store.Add(NewNotice("c1"));
        var all = store.Add(NewNotice(Notice.AllCommunities));
        store.Add(NewNotice("c2"));
        var c1Sent = store.Add(NewNotice("c1", NoticeStatus.Sent));

        Assert.Equal([c1Sent.Id, all.Id, c1.Id], store.Recent("c1", 10).Select(n => n.Id));
        Assert.Equal([c1Sent.Id, all.Id], store.Recent("c1", 2).Select(n => n.Id));
        Assert.Equal([all.Id, c1.Id], store.Recent("c1", 10, n => n.Status == NoticeStatus.Draft).Select(n => n.Id));
        Assert.Equal(4, store.Recent(null, 10).Count);
    }

    [Fact]
    public void Recent_FilterMayReadTheStore_InsideTheCallersTransaction_PastAFilteredOutPage()
    {
        var store = NewStore();
        var older = store.Add(NewNotice("c1", NoticeStatus.Sent));
        var newer = store.Add(NewNotice("c1", NoticeStatus.Sent));
        store.AddRecipients([NewRecipient(older.Id, "p-1"), NewRecipient(newer.Id, "p-1")]);
        var acked = store.Recipient(newer.Id, "p-1")!;
        Assert.True(acked.Acknowledge(new DateTimeOffset(At), "telegram"));
        store.SaveRecipient(acked);

        // As 已阅 asks while its message is handled: the newest notice to p-1 not acknowledged yet.
        var found = Db.InTransaction(() => store.Recent(null, 1, n => store.Recipient(n.Id, "p-1") is { Acked: false }));

        Assert.Equal([older.Id], found.Select(n => n.Id));
    }

    [Fact]
    public void Recipients_OnePerPerson_AResumedFanOutLeavesRecordedOnesAlone()
    {
        var store = NewStore();
        var notice = store.Add(NewNotice());

        Assert.Equal(2, store.AddRecipients([NewRecipient(notice.Id, "p-1"), NewRecipient(notice.Id, "p-2")]));
        var acked = store.Recipient(notice.Id, "p-1")!;
        Assert.True(acked.Acknowledge(new DateTimeOffset(At), "telegram"));
        store.SaveRecipient(acked);

        Assert.Equal(1, store.AddRecipients([NewRecipient(notice.Id, "p-1", "changed"), NewRecipient(notice.Id, "p-3")]));

        var all = store.Recipients(notice.Id);
        Assert.Equal(["p-1", "p-2", "p-3"], all.Select(r => r.PersonId));
        var got = store.Recipient(notice.Id, "p-1")!;
        Assert.Equal(($"{notice.Id}:p-1", "张三", "c1", true, true, false, "wecom", At, "telegram"),
            (got.Id, got.Name, got.CommunityId, got.PartyMember, got.Addressed, got.Reachable, got.Channel, got.AckedAtUtc, got.AckChannel));
        Assert.Null(store.Recipient(notice.Id, "p-9"));
        Assert.Empty(store.Recipients(notice.Id + 1));
    }

    [Fact]
    public void SaveRecipient_InsertsOrReplaces()
    {
        var store = NewStore();
        var groupAck = NewRecipient(7, "p-5");
        groupAck.Addressed = false;
        store.SaveRecipient(groupAck);
        groupAck.Name = "李四";
        store.SaveRecipient(groupAck);

        var got = Assert.Single(store.Recipients(7));
        Assert.Equal(("李四", false), (got.Name, got.Addressed));
    }

    [Fact]
    public void RolledBack_AddAndRecipients_AreDiscarded()
    {
        var store = NewStore();
        var kept = store.Add(NewNotice());

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            kept.MarkSent(new DateTimeOffset(At));
            store.Update(kept);
            store.AddRecipients([NewRecipient(kept.Id, "p-1")]);
            store.Add(NewNotice(occurrence: "rolled"));
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Equal(NoticeStatus.Draft, store.Get(kept.Id)!.Status);
        Assert.Empty(store.Recipients(kept.Id));
        Assert.False(store.OccurrenceExists("rolled"));
    }

    [Fact]
    public void StoredBeforeARestart_AreFoundAfterIt()
    {
        var store = NewStore();
        var notice = store.Add(NewNotice());
        store.AddRecipients([NewRecipient(notice.Id, "p-1")]);

        Backend.Reopen();

        var again = NewStore();
        Assert.Equal("学习", again.Get(notice.Id)?.Title);
        Assert.Single(again.Recipients(notice.Id));
        Assert.True(again.Add(NewNotice()).Id > notice.Id);
    }
}

public sealed class LiteDbNoticeStoreContract : NoticeStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    private protected override INoticeStore NewStore() => new NoticeStore(((LiteDbScratch)Backend).Database);

    private protected override INoticeStore AnotherHost() => NewStore();

    protected override bool IsWaiting(Thread other) => Contention.IsBlocked(other);
}

public sealed class PostgresNoticeStoreContract : NoticeStoreContract
{
    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    private OtherHosts? _hosts;

    private protected override INoticeStore NewStore() => new PostgresNoticeStore(((PostgresScratch)Backend).Database);

    private protected override INoticeStore AnotherHost() => new PostgresNoticeStore(Hosts.Open());

    protected override bool IsWaiting(Thread other) => Hosts.AnyoneWaitsOnALock();

    private OtherHosts Hosts => _hosts ??= new OtherHosts(() => (PostgresScratch)Backend);

    public override async Task DisposeAsync()
    {
        _hosts?.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task TwoHosts_AddingTheSameRecipients_RecordEachPersonOnce()
    {
        var db = ((PostgresScratch)Backend).Database;
        using var other = ((PostgresScratch)Backend).OpenAnother();
        var notice = NewStore().Add(new Notice { CommunityId = "c1", Title = "t" });
        var people = Enumerable.Range(0, 20).Select(i => $"p-{i}").ToList();

        var a = Task.Run(() => new PostgresNoticeStore(db).AddRecipients(people.Select(p => new NoticeRecipient { NoticeId = notice.Id, PersonId = p })));
        var b = Task.Run(() => new PostgresNoticeStore(other).AddRecipients(people.Select(p => new NoticeRecipient { NoticeId = notice.Id, PersonId = p })));
        var added = await Task.WhenAll(a, b);

        Assert.Equal(20, added.Sum());
        Assert.Equal(20, NewStore().Recipients(notice.Id).Count);
    }
}
