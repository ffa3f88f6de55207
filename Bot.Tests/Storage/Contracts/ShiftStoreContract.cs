using Bot.Core.Shifts;
using Bot.Core.Storage;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the Shifts feature relies on from <see cref="IShiftStore"/>, run against every backend: points and roster
/// entries round-trip with every field, points are found by name or alias, every list comes in its documented order
/// (ties included), cancelled entries stay out of the lists, roster changes signal on commit only, a rollback discards
/// and a reopen keeps everything with ids going on growing.
/// </summary>
public abstract class ShiftStoreContract : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 3, 2, 1, 0, 0, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    private IUnitOfWork Db => Backend.Transactions;

    protected abstract Task<IScratchBackend> OpenAsync();

    private protected abstract IShiftStore NewStore();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    private static DutyPoint NewPoint(string name, string community = "c1", params string[] aliases) => new()
    {
        CommunityId = community,
        Name = name,
        Aliases = [.. aliases],
        Kind = PostKind.Disinfection,
        Latitude = 39.1186,
        Longitude = 117.196,
        RadiusMeters = 150,
    };

    private static RosterEntry NewEntry(string point = "1号岗", string cadre = "p-1", int startHour = 0, string date = "2026-03-02",
        string community = "c1", string shift = "08:00-16:00") => new()
    {
        CommunityId = community,
        PointId = DutyPoint.KeyOf(community, point),
        PointName = point,
        CadreId = cadre,
        CadreName = "刘丰睿",
        Date = date,
        Shift = shift,
        StartUtc = At.AddHours(startHour),
        EndUtc = At.AddHours(startHour + 8),
        CreatedAtUtc = At.AddDays(-1),
    };

    [Fact]
    public void Points_RoundTripEveryField_SaveTellsNewFromReplaced_ListedByNameOrdinal()
    {
        var store = NewStore();
        Assert.True(store.SavePoint(NewPoint("北门岗", "c1", "北门", "一号岗")));
        Assert.True(store.SavePoint(new DutyPoint { CommunityId = "c1", Name = "a岗" }));
        Assert.True(store.SavePoint(new DutyPoint { CommunityId = "c1", Name = "B岗" }));
        Assert.True(store.SavePoint(new DutyPoint { CommunityId = "c2", Name = "A岗" }));

        var got = store.Point("c1/北门岗");
        Assert.NotNull(got);
        Assert.Equal(("c1/北门岗", "c1", "北门岗", PostKind.Disinfection, 39.1186, 117.196, 150),
            (got.Id, got.CommunityId, got.Name, got.Kind, got.Latitude, got.Longitude, got.RadiusMeters));
        Assert.Equal(["北门", "一号岗"], got.Aliases);
        var bare = store.Point("c1/a岗")!;
        Assert.Equal((null, null, null, PostKind.PointDuty), (bare.Latitude, bare.Longitude, bare.RadiusMeters, bare.Kind));
        Assert.Empty(bare.Aliases);
        Assert.Null(store.Point("c1/nowhere"));

        Assert.Equal(["B岗", "a岗", "北门岗"], store.Points("c1").Select(p => p.Name));
        Assert.Equal(["A岗"], store.Points("c2").Select(p => p.Name));
        Assert.Empty(store.Points("c3"));

        var moved = NewPoint("北门岗");
        moved.Kind = PostKind.Logistics;
        Assert.False(store.SavePoint(moved));
        Assert.Equal((PostKind.Logistics, 3), (store.Point("c1/北门岗")!.Kind, store.Points("c1").Count));
    }

    [Fact]
    public void FindPoint_ByNameOrAlias_NormalisedAndCaseInsensitive_WithinItsCommunity()
    {
        var store = NewStore();
        store.SavePoint(NewPoint("1号岗", "c1", "北门"));
        store.SavePoint(NewPoint("Gate", "c1", "North"));
        store.SavePoint(NewPoint("东门", "c2"));

        Assert.Equal("c1/1号岗", store.FindPoint("c1", " 1号岗 ")?.Id);
        Assert.Equal("c1/1号岗", store.FindPoint("c1", "１号岗")?.Id);
        Assert.Equal("c1/1号岗", store.FindPoint("c1", "北门")?.Id);
        Assert.Equal("c1/Gate", store.FindPoint("c1", "gate")?.Id);
        Assert.Equal("c1/Gate", store.FindPoint("c1", "NORTH")?.Id);
        Assert.Null(store.FindPoint("c1", "东门"));
        Assert.Null(store.FindPoint("c1", "  "));
    }

    [Fact]
    public void Entries_GetGrowingIds_AndRoundTripEveryField()
    {
        var store = NewStore();
        var first = NewEntry();
        store.Add(first);
        var second = NewEntry(cadre: "p-2");
        second.Substitution = true;
        second.CoversEntryId = first.Id;
        second.TookOverFromId = first.Id;
        second.MarkSignedIn(At.AddMinutes(20), TimeSpan.FromMinutes(10));
        second.AttachLocation(LocationProof.Outside, 512.5, At.AddMinutes(21));
        second.HandOver("人员3 车辆2 已消杀", At.AddHours(8));
        second.ConfirmTakeOver("p-3", "郭洋", At.AddHours(8).AddMinutes(5));
        store.Add(second);

        Assert.NotEqual(0, first.Id);
        Assert.True(second.Id > first.Id);
        var plain = store.Entry(first.Id)!;
        Assert.Equal((first.Id, "c1", "c1/1号岗", "1号岗", "p-1", "刘丰睿", "2026-03-02", "08:00-16:00"),
            (plain.Id, plain.CommunityId, plain.PointId, plain.PointName, plain.CadreId, plain.CadreName, plain.Date, plain.Shift));
        Assert.Equal((At, At.AddHours(8), At.AddDays(-1)), (plain.StartUtc, plain.EndUtc, plain.CreatedAtUtc));
        Assert.Equal(DateTimeKind.Utc, plain.StartUtc.Kind);
        Assert.Equal((false, false, null, null, null, null, false), (plain.Cancelled, plain.Substitution, plain.CoversEntryId,
            plain.TookOverFromId, plain.SignIn, plain.Handover, plain.HandoverMissed));

        var full = store.Entry(second.Id)!;
        Assert.Equal((true, first.Id, first.Id), (full.Substitution, full.CoversEntryId, full.TookOverFromId));
        var signIn = full.SignIn!;
        Assert.Equal((At.AddMinutes(20), 20, LocationProof.Outside, 512.5, At.AddMinutes(21)),
            (signIn.AtUtc, signIn.LateMinutes, signIn.Proof, signIn.DistanceMeters, signIn.LocationAtUtc));
        Assert.Equal(DateTimeKind.Utc, signIn.LocationAtUtc!.Value.Kind);
        var handover = full.Handover!;
        Assert.Equal((At.AddHours(8), "人员3 车辆2 已消杀", "p-3", "郭洋", At.AddHours(8).AddMinutes(5)),
            (handover.AtUtc, handover.Note, handover.TakenOverById, handover.TakenOverByName, handover.TakenOverAtUtc));
        Assert.Equal([("人员", 3), ("车辆", 2)], handover.Counts.Select(c => (c.Label, c.Value)));
        Assert.Null(store.Entry(second.Id + 100));
    }

    [Fact]
    public void Update_AndUpdateRoster_SaveTheEntry_OnlyRosterChangesSignal_OnCommit()
    {
        var store = NewStore();
        var signalled = new List<long>();
        using var subscription = Db.OnCommitted<RosterEntryChanged>(c => signalled.Add(c.EntryId));
        var entry = NewEntry();
        Db.InTransaction(() =>
        {
            store.Add(entry);
            Assert.Empty(signalled);
        });
        Assert.Equal([entry.Id], signalled);

        entry.MarkSignedIn(At, TimeSpan.FromMinutes(10));
        entry.MarkHandoverMissed();
        store.Update(entry);
        Assert.Single(signalled);
        var saved = store.Entry(entry.Id)!;
        Assert.Equal((true, true), (saved.IsSignedIn, saved.HandoverMissed));

        entry.StartUtc = At.AddHours(1);
        entry.Cancel();
        store.UpdateRoster(entry);
        Assert.Equal([entry.Id, entry.Id], signalled);
        Assert.Equal((true, At.AddHours(1)), (store.Entry(entry.Id)!.Cancelled, store.Entry(entry.Id)!.StartUtc));
    }

    [Fact]
    public void FindSame_TheSameCadrePointDateAndShift_NotCancelled()
    {
        var store = NewStore();
        var cancelled = NewEntry();
        cancelled.Cancel();
        store.Add(cancelled);
        Assert.Null(store.FindSame("c1/1号岗", "2026-03-02", "08:00-16:00", "p-1"));

        var live = NewEntry();
        store.Add(live);
        store.Add(NewEntry(shift: "16:00-24:00", startHour: 8));

        Assert.Equal(live.Id, store.FindSame("c1/1号岗", "2026-03-02", "08:00-16:00", "p-1")?.Id);
        Assert.Null(store.FindSame("c1/1号岗", "2026-03-02", "08:00-16:00", "p-2"));
        Assert.Null(store.FindSame("c1/1号岗", "2026-03-03", "08:00-16:00", "p-1"));
        Assert.Null(store.FindSame("c1/2号岗", "2026-03-02", "08:00-16:00", "p-1"));
        Assert.Null(store.FindSame("c1/1号岗", "2026-03-02", "00:00-08:00", "p-1"));
    }

    [Fact]
    public void OfCadre_AndAtPoint_ByStartThenId_CancelledLeftOut()
    {
        var store = NewStore();
        var late = Added(store, NewEntry(startHour: 8));
        var tieA = Added(store, NewEntry(startHour: 0));
        var tieB = Added(store, NewEntry(startHour: 0, point: "2号岗"));
        var other = Added(store, NewEntry(startHour: -8, cadre: "p-2"));
        var cancelled = NewEntry(startHour: -16);
        cancelled.Cancel();
        Added(store, cancelled);

        Assert.Equal([tieA.Id, tieB.Id, late.Id], store.OfCadre("p-1").Select(e => e.Id));
        Assert.Equal([other.Id, tieA.Id, late.Id], store.AtPoint("c1/1号岗").Select(e => e.Id));
        Assert.Empty(store.OfCadre("p-9"));
        Assert.Empty(store.AtPoint("c1/9号岗"));
    }

    [Fact]
    public void EndingAfter_EntriesNotEndedBeforeTheInstant_ByStartThenId()
    {
        var store = NewStore();
        var ended = Added(store, NewEntry(startHour: -9, date: "2026-03-01"));
        var endsThen = Added(store, NewEntry(startHour: -8, date: "2026-03-01"));
        var running = Added(store, NewEntry(startHour: -4, date: "2026-03-02"));
        var tie = Added(store, NewEntry(startHour: -4, date: "2026-03-02", cadre: "p-2"));
        var later = Added(store, NewEntry(startHour: 24 * 5, date: "2026-03-07"));
        var cancelled = NewEntry(startHour: -2);
        cancelled.Cancel();
        Added(store, cancelled);

        Assert.Equal([endsThen.Id, running.Id, tie.Id, later.Id], store.EndingAfter(At).Select(e => e.Id));
        Assert.DoesNotContain(ended.Id, store.EndingAfter(At).Select(e => e.Id));
        Assert.Equal([later.Id], store.EndingAfter(At.AddDays(2)).Select(e => e.Id));
    }

    [Fact]
    public void Between_DatesInclusive_OfACommunity_ByDateStartPointNameThenId()
    {
        var store = NewStore();
        var nextDay = Added(store, NewEntry(date: "2026-03-03", startHour: 24));
        var b = Added(store, NewEntry(point: "B岗", startHour: 0));
        var a = Added(store, NewEntry(point: "a岗", startHour: 0));
        var b2 = Added(store, NewEntry(point: "B岗", startHour: 0, cadre: "p-2"));
        var early = Added(store, NewEntry(point: "z岗", startHour: -1));
        var elsewhere = Added(store, NewEntry(community: "c2", startHour: 0));
        Added(store, NewEntry(date: "2026-03-04", startHour: 48));
        Added(store, NewEntry(date: "2026-03-01", startHour: -24));
        var cancelled = NewEntry(startHour: 2);
        cancelled.Cancel();
        Added(store, cancelled);

        Assert.Equal([early.Id, elsewhere.Id, b.Id, b2.Id, a.Id, nextDay.Id], store.Between("2026-03-02", "2026-03-03").Select(e => e.Id));
        Assert.Equal([early.Id, b.Id, b2.Id, a.Id, nextDay.Id], store.Between("2026-03-02", "2026-03-03", "c1").Select(e => e.Id));
        Assert.Equal([elsewhere.Id], store.Between("2026-03-02", "2026-03-02", "c2").Select(e => e.Id));
        Assert.Empty(store.Between("2026-03-05", "2026-03-09"));
    }

    [Fact]
    public void PreviousAt_TheLatestEarlierShiftAtThePoint_HandedOverFirstOnATie_NotTheOneASubstitutionCovers()
    {
        var store = NewStore();
        var older = Added(store, NewEntry(startHour: -16));
        Added(store, NewEntry(startHour: -8, cadre: "p-5"));
        var handedOver = NewEntry(startHour: -8, cadre: "p-3");
        handedOver.MarkSignedIn(At.AddHours(-8), TimeSpan.FromMinutes(10));
        handedOver.HandOver("无异常", At);
        Added(store, handedOver);
        Added(store, NewEntry(startHour: -4, point: "2号岗"));
        var absent = Added(store, NewEntry(startHour: -6, cadre: "p-2"));
        var current = Added(store, NewEntry(startHour: 0));
        var substitute = NewEntry(startHour: -5, cadre: "p-4");
        substitute.Substitution = true;
        substitute.CoversEntryId = absent.Id;
        Added(store, substitute);

        Assert.Equal(substitute.Id, store.PreviousAt(current)?.Id);
        Assert.Equal(handedOver.Id, store.PreviousAt(substitute)?.Id);
        Assert.Equal(handedOver.Id, store.PreviousAt(absent)?.Id);
        Assert.Null(store.PreviousAt(older));
    }

    [Fact]
    public void RolledBack_AddUpdateAndPoint_AreDiscarded_AndSignalNothing()
    {
        var store = NewStore();
        var kept = Added(store, NewEntry());
        var signalled = new List<long>();
        using var subscription = Db.OnCommitted<RosterEntryChanged>(c => signalled.Add(c.EntryId));

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            kept.Cancel();
            store.UpdateRoster(kept);
            store.Add(NewEntry(cadre: "p-2"));
            store.SavePoint(NewPoint("3号岗"));
            throw new InvalidOperationException("handler failed");
        }));

        Assert.False(store.Entry(kept.Id)!.Cancelled);
        Assert.Equal([kept.Id], store.OfCadre("p-1").Select(e => e.Id));
        Assert.Empty(store.OfCadre("p-2"));
        Assert.Null(store.Point("c1/3号岗"));
        Assert.Empty(signalled);
    }

    [Fact]
    public void StoredBeforeARestart_AreFoundAfterIt_AndIdsGoOn()
    {
        var store = NewStore();
        store.SavePoint(NewPoint("1号岗", "c1", "北门"));
        var entry = Added(store, NewEntry());

        Backend.Reopen();

        var again = NewStore();
        Assert.Equal("c1/1号岗", again.FindPoint("c1", "北门")?.Id);
        Assert.Equal("p-1", again.Entry(entry.Id)?.CadreId);
        Assert.True(Added(again, NewEntry(cadre: "p-2")).Id > entry.Id);
    }

    private static RosterEntry Added(IShiftStore store, RosterEntry entry)
    {
        store.Add(entry);
        return entry;
    }
}

public sealed class LiteDbShiftStoreContract : ShiftStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    private protected override IShiftStore NewStore() => new ShiftStore(((LiteDbScratch)Backend).Database);
}

public sealed class PostgresShiftStoreContract : ShiftStoreContract
{
    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    private protected override IShiftStore NewStore() => new PostgresShiftStore(((PostgresScratch)Backend).Database);

    [Fact]
    public void AnIdGivenByTheCaller_MovesTheSequencePastIt()
    {
        var store = NewStore();
        var given = new RosterEntry { Id = 50, CommunityId = "c1", PointId = "c1/1号岗", CadreId = "p-1", Date = "2026-03-02" };
        store.Add(given);
        var next = new RosterEntry { CommunityId = "c1", PointId = "c1/1号岗", CadreId = "p-1", Date = "2026-03-02" };
        store.Add(next);

        Assert.Equal(51, next.Id);
        Assert.Equal("p-1", store.Entry(50)?.CadreId);
    }
}
