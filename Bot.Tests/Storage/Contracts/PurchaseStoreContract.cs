using Bot.Core.Purchases;
using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the Purchases feature relies on from <see cref="IPurchaseStore"/>, run against every backend: a request
/// round-trips with every field, numbers rise (also after a restart), a change is saved only from the current version
/// (so of two claims the first wins, also across hosts), the lookups return the documented order, a rollback
/// discards, and a reopen keeps the data.
/// </summary>
public abstract class PurchaseStoreContract : IAsyncLifetime
{
    private protected static readonly DateTime At = new(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    private IUnitOfWork Db => Backend.Transactions;

    protected abstract Task<IScratchBackend> OpenAsync();

    private protected abstract IPurchaseStore NewStore();

    /// <summary>A store and its transactions as another host sees the same data (on LiteDB: the same file).</summary>
    private protected abstract (IPurchaseStore Store, IUnitOfWork Transactions) AnotherHost();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public virtual async Task DisposeAsync() => await Backend.DisposeAsync();

    private protected static PurchaseRequest NewRequest(string community = "c1", string resident = "r-1", string room = "301") => new()
    {
        CommunityId = community,
        ResidentId = resident,
        ResidentName = "王阿姨",
        Items = "布洛芬1盒，体温计1个",
        Category = PurchaseCategory.Medicine,
        Address = new HouseholdAddress { Building = "3", Unit = "2", Room = room },
        HouseholdKey = $"{community}|3-2-{room}",
        Phone = "13800138000",
        TimeWindow = "今天下午",
        Status = PurchaseStatus.New,
        CreatedAtUtc = At,
        PooledAtUtc = At,
    };

    /// <summary>Claims <paramref name="r"/> for <paramref name="claimer"/> as <see cref="PurchaseRequest.Claim"/> would.</summary>
    private protected static void ClaimFor(PurchaseRequest r, string claimer, DateTime at)
    {
        r.Status = PurchaseStatus.Claimed;
        r.ClaimerId = claimer;
        r.ClaimerName = $"志愿者{claimer}";
        r.ClaimedAtUtc = at;
        r.FirstClaimedAtUtc ??= at;
    }

    /// <summary>Applies a change to the stored request and saves it from the version it was read at.</summary>
    private static bool Change(IPurchaseStore store, int id, Action<PurchaseRequest> change)
    {
        var r = store.Get(id)!;
        var version = r.Version;
        change(r);
        return store.TryReplace(r, version);
    }

    [Fact]
    public void Added_GetsRisingNumbers_AndVersionOne_WhateverItCarried()
    {
        var store = NewStore();
        var carried = NewRequest();
        carried.Id = 500;
        carried.Version = 9;

        var first = store.Add(carried);
        var second = store.Add(NewRequest());
        var third = store.Add(NewRequest());

        Assert.True(first.Id > 0);
        Assert.True(second.Id > first.Id);
        Assert.True(third.Id > second.Id);
        Assert.Equal((1, 1), (first.Version, store.Get(first.Id)!.Version));
        Assert.NotEqual(500, first.Id);
        Assert.Null(store.Get(third.Id + 100));
    }

    [Fact]
    public void Get_ReturnsEveryField()
    {
        var store = NewStore();
        var added = store.Add(NewRequest());
        Assert.True(Change(store, added.Id, r =>
        {
            r.Releases.Add(new PurchaseRelease { ClaimerId = "v-0", ClaimerName = "老李", Reason = "临时有事", AtUtc = At.AddMinutes(20) });
            r.PoolRound = 2;
            r.PooledAtUtc = At.AddMinutes(20);
            ClaimFor(r, "v-1", At.AddMinutes(30));
            r.FirstClaimedAtUtc = At.AddMinutes(10);
            r.Status = PurchaseStatus.Delivered;
            r.BoughtAtUtc = At.AddHours(1);
            r.Amount = 35.5m;
            r.DeliveredAtUtc = At.AddHours(2);
            r.ClosedAtUtc = At.AddHours(3);
            r.ReceiptPhoto = new PurchasePhoto { Channel = "wecom", Ref = "MEDIA_receipt", AtUtc = At.AddHours(1).AddMinutes(1) };
            r.DeliveryPhoto = new PurchasePhoto { Channel = "telegram", Ref = "AgAC-delivery", AtUtc = At.AddHours(2).AddMinutes(1) };
        }));

        var got = store.Get(added.Id)!;

        Assert.Equal((added.Id, 2, "c1", "r-1", "王阿姨", "布洛芬1盒，体温计1个", PurchaseCategory.Medicine),
            (got.Id, got.Version, got.CommunityId, got.ResidentId, got.ResidentName, got.Items, got.Category));
        Assert.Equal(("3", "2", "301", "c1|3-2-301", "13800138000", "今天下午"),
            (got.Address.Building, got.Address.Unit, got.Address.Room, got.HouseholdKey, got.Phone, got.TimeWindow));
        Assert.Equal((PurchaseStatus.Delivered, 2, "v-1", "志愿者v-1", 35.5m), (got.Status, got.PoolRound, got.ClaimerId, got.ClaimerName, got.Amount));
        Assert.Equal((At, At.AddMinutes(20), At.AddMinutes(30), At.AddMinutes(10)),
            (got.CreatedAtUtc, got.PooledAtUtc, got.ClaimedAtUtc, got.FirstClaimedAtUtc));
        Assert.Equal((At.AddHours(1), At.AddHours(2), At.AddHours(3)), (got.BoughtAtUtc, got.DeliveredAtUtc, got.ClosedAtUtc));
        Assert.Equal(DateTimeKind.Utc, got.CreatedAtUtc.Kind);
        Assert.Equal(DateTimeKind.Utc, got.DeliveredAtUtc!.Value.Kind);
        var release = Assert.Single(got.Releases);
        Assert.Equal(("v-0", "老李", "临时有事", At.AddMinutes(20)), (release.ClaimerId, release.ClaimerName, release.Reason, release.AtUtc));
        Assert.Equal(("wecom", "MEDIA_receipt", At.AddHours(1).AddMinutes(1)), (got.ReceiptPhoto!.Channel, got.ReceiptPhoto.Ref, got.ReceiptPhoto.AtUtc));
        Assert.Equal(("telegram", "AgAC-delivery", At.AddHours(2).AddMinutes(1)), (got.DeliveryPhoto!.Channel, got.DeliveryPhoto.Ref, got.DeliveryPhoto.AtUtc));
    }

    [Fact]
    public void Get_KeepsAbsentValuesAbsent()
    {
        var store = NewStore();
        var request = NewRequest();
        request.Phone = null;
        var added = store.Add(request);

        var got = store.Get(added.Id)!;

        Assert.Null(got.Phone);
        Assert.Null(got.ClaimerId);
        Assert.Null(got.ClaimerName);
        Assert.Null(got.Amount);
        Assert.Null(got.ClaimedAtUtc);
        Assert.Null(got.FirstClaimedAtUtc);
        Assert.Null(got.BoughtAtUtc);
        Assert.Null(got.DeliveredAtUtc);
        Assert.Null(got.ClosedAtUtc);
        Assert.Null(got.ReceiptPhoto);
        Assert.Null(got.DeliveryPhoto);
        Assert.Empty(got.Releases);
        Assert.Equal(PurchaseStatus.New, got.Status);
    }

    [Fact]
    public void TryReplace_SavesOnlyFromTheStoredVersion_AndBumpsIt()
    {
        var store = NewStore();
        var id = store.Add(NewRequest()).Id;
        var first = store.Get(id)!;
        var stale = store.Get(id)!;

        ClaimFor(first, "v-1", At);
        Assert.True(store.TryReplace(first, 1));
        Assert.Equal(2, first.Version);

        ClaimFor(stale, "v-2", At);
        Assert.False(store.TryReplace(stale, 1));
        Assert.Equal(1, stale.Version);

        var stored = store.Get(id)!;
        Assert.Equal(("v-1", 2), (stored.ClaimerId, stored.Version));

        stored.Status = PurchaseStatus.Bought;
        Assert.True(store.TryReplace(stored, 2));
        Assert.Equal((PurchaseStatus.Bought, 3), (store.Get(id)!.Status, store.Get(id)!.Version));

        var unknown = NewRequest();
        unknown.Id = id + 100;
        Assert.False(store.TryReplace(unknown, 1));
        Assert.Null(store.Get(id + 100));
    }

    [Fact]
    public void Lookups_ReturnTheDocumentedOrder_AndFollowChanges()
    {
        var store = NewStore();
        var a = store.Add(NewRequest("c1", "r-1", "301")).Id;
        var b = store.Add(NewRequest("c2", "r-2", "301")).Id;
        var c = store.Add(NewRequest("c1", "r-1", "302")).Id;
        var d = store.Add(NewRequest("c1", "r-2", "301")).Id;
        var e = store.Add(NewRequest("c1", "r-1", "301")).Id;

        // Claimed newest first, so a store returning the order of its writes would fail.
        Assert.True(Change(store, e, r => ClaimFor(r, "v-1", At)));
        Assert.True(Change(store, c, r => ClaimFor(r, "v-1", At)));
        Assert.True(Change(store, a, r => ClaimFor(r, "v-1", At)));
        Assert.True(Change(store, b, r => ClaimFor(r, "v-2", At)));

        Assert.Equal([a, c, d, e], store.OfCommunity("c1").Select(r => r.Id));
        Assert.Equal([b], store.OfCommunity("c2").Select(r => r.Id));
        Assert.Equal([e, c, a], store.OfResident("r-1").Select(r => r.Id));
        Assert.Equal([a, c, e], store.OfClaimer("v-1").Select(r => r.Id));
        Assert.Equal([a, d, e], store.OfHousehold("c1|3-2-301").Select(r => r.Id));
        Assert.Equal([a, b, c, e], store.WithStatus(PurchaseStatus.Claimed).Select(r => r.Id));
        Assert.Equal([d], store.WithStatus(PurchaseStatus.New).Select(r => r.Id));

        // A release clears the claimer and puts the request back among the new ones.
        Assert.True(Change(store, c, r => r.Release("v-1", "没空", At.AddMinutes(5))));

        Assert.Equal([a, e], store.OfClaimer("v-1").Select(r => r.Id));
        Assert.Equal([c, d], store.WithStatus(PurchaseStatus.New).Select(r => r.Id));
        Assert.Empty(store.OfCommunity("c9"));
        Assert.Empty(store.OfResident("r-9"));
        Assert.Empty(store.OfClaimer("v-9"));
        Assert.Empty(store.OfHousehold("c1|9-9-999"));
        Assert.Empty(store.WithStatus(PurchaseStatus.Cancelled));
    }

    [Fact]
    public void RolledBack_AddAndChange_AreDiscarded()
    {
        var store = NewStore();
        var kept = store.Add(NewRequest()).Id;
        var rolledId = 0;

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            Assert.True(Change(store, kept, r => ClaimFor(r, "v-1", At)));
            rolledId = store.Add(NewRequest(resident: "r-rolled")).Id;
            throw new InvalidOperationException("handler failed");
        }));

        var stored = store.Get(kept)!;
        Assert.Equal((PurchaseStatus.New, null, 1), (stored.Status, stored.ClaimerId, stored.Version));
        Assert.Empty(store.OfResident("r-rolled"));
        Assert.Null(store.Get(rolledId));
        Assert.True(Change(store, kept, r => ClaimFor(r, "v-2", At)));
    }

    [Fact]
    public void StoredBeforeARestart_AreFoundAfterIt_AndNumbersGoOnRising()
    {
        var store = NewStore();
        var first = store.Add(NewRequest()).Id;
        var last = store.Add(NewRequest()).Id;
        Assert.True(Change(store, first, r => ClaimFor(r, "v-1", At)));

        Backend.Reopen();

        var again = NewStore();
        var got = again.Get(first)!;
        Assert.Equal((PurchaseStatus.Claimed, "v-1", 2), (got.Status, got.ClaimerId, got.Version));
        Assert.Equal([last, first], again.OfResident("r-1").Select(r => r.Id));
        Assert.True(again.Add(NewRequest()).Id > last);
        Assert.False(again.TryReplace(got, 1));
    }

    /// <summary>
    /// Several presses of 接单 on two hosts at once, each in its own transaction as a message would be: all read the
    /// request while it is new, then all save their claim from the version they read. Exactly one save succeeds.
    /// </summary>
    [Fact]
    public void ClaimsOnTwoHostsAtOnce_ExactlyOneWins()
    {
        const int PerHost = 4;
        var id = NewStore().Add(NewRequest()).Id;
        var hosts = new[] { (Store: NewStore(), Transactions: Db), AnotherHost() };
        var won = new bool[hosts.Length * PerHost];
        using var start = new Barrier(won.Length);
        using var read = new Barrier(won.Length);

        var threads = Enumerable.Range(0, won.Length).Select(i => new Thread(() =>
        {
            var (store, transactions) = hosts[i % hosts.Length];
            start.SignalAndWait();
            won[i] = transactions.InTransaction(() =>
            {
                var r = store.Get(id)!;
                var version = r.Version;

                // Everyone has read the request as new before anyone saves: all claims are made from version 1.
                read.SignalAndWait();
                ClaimFor(r, $"v-{i}", At);
                return store.TryReplace(r, version);
            });
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var winner = Assert.Single(Enumerable.Range(0, won.Length), i => won[i]);
        var stored = NewStore().Get(id)!;
        Assert.Equal(($"v-{winner}", 2), (stored.ClaimerId, stored.Version));
    }
}

public sealed class LiteDbPurchaseStoreContract : PurchaseStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    private protected override IPurchaseStore NewStore() => new PurchaseStore(((LiteDbScratch)Backend).Database);

    private protected override (IPurchaseStore Store, IUnitOfWork Transactions) AnotherHost() => (NewStore(), Backend.Transactions);
}

public sealed class PostgresPurchaseStoreContract : PurchaseStoreContract
{
    private OtherHosts? _hosts;

    private OtherHosts Hosts => _hosts ??= new OtherHosts(() => (PostgresScratch)Backend);

    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    private protected override IPurchaseStore NewStore() => new PostgresPurchaseStore(((PostgresScratch)Backend).Database);

    private protected override (IPurchaseStore Store, IUnitOfWork Transactions) AnotherHost()
    {
        var db = Hosts.Open();
        return (new PostgresPurchaseStore(db), db);
    }

    /// <summary>
    /// Host A claims and has not committed yet; host B read the request at the same version and tries to save its own
    /// claim. B's UPDATE waits on A's row lock (seen in pg_stat_activity, no sleeping), finds the version moved once A commits
    /// and saves nothing; read again in the same transaction, the request shows A's claim: what PurchaseService's
    /// retry then answers "already claimed" from.
    /// </summary>
    [Fact]
    public async Task ASecondHostsClaim_WaitsForTheFirst_ThenLoses_AndSeesTheWinner()
    {
        var scratch = (PostgresScratch)Backend;
        var first = NewStore();
        var (second, secondDb) = AnotherHost();
        var id = first.Add(NewRequest()).Id;
        Task<(bool Saved, PurchaseRequest After)>? other = null;

        var won = scratch.Database.InTransaction(() =>
        {
            var mine = first.Get(id)!;
            ClaimFor(mine, "v-a", At);
            var saved = first.TryReplace(mine, 1);
            other = Task.Run(() => secondDb.InTransaction(() =>
            {
                var theirs = second.Get(id)!;
                ClaimFor(theirs, "v-b", At);
                var result = second.TryReplace(theirs, theirs.Version);
                return (result, second.Get(id)!);
            }));
            while (!other.IsCompleted && !Hosts.AnyoneWaitsOnALock())
            {
                Thread.Yield();
            }

            Assert.False(other.IsCompleted);
            return saved;
        });

        var (lost, after) = await other!;
        Assert.True(won);
        Assert.False(lost);
        Assert.Equal((PurchaseStatus.Claimed, "v-a", 2), (after.Status, after.ClaimerId, after.Version));
    }

    public override async Task DisposeAsync()
    {
        _hosts?.Dispose();
        await base.DisposeAsync();
    }
}
