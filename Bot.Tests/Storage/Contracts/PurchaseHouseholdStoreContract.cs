using Bot.Core.Purchases;
using Bot.Core.Storage;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the Purchases feature relies on from <see cref="IPurchaseHouseholdStore"/>, run against every backend: a
/// profile round-trips and is replaced, a priority flag is set, replaced and removed, a community's flags come ordered
/// by key (ordinal), a rollback discards, and a reopen keeps the data.
/// </summary>
public abstract class PurchaseHouseholdStoreContract : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    private IUnitOfWork Db => Backend.Transactions;

    protected abstract Task<IScratchBackend> OpenAsync();

    private protected abstract IPurchaseHouseholdStore NewStore();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    private static HouseholdAddress Address(string building, string room = "301") => new() { Building = building, Unit = "2", Room = room };

    private static PriorityHousehold Household(string community, string building, string note = "独居老人") => new()
    {
        Id = IPurchaseHouseholdStore.KeyOf(community, Address(building)),
        CommunityId = community,
        Address = Address(building),
        Note = note,
        FlaggedBy = "s-1",
        FlaggedAtUtc = At,
    };

    [Fact]
    public void KeyOf_IsTheCommunityAndTheAddressKey()
    {
        Assert.Equal("幸福里|3-2-301", IPurchaseHouseholdStore.KeyOf("幸福里", Address("3")));
    }

    [Fact]
    public void Profile_RoundTrips_AndIsReplaced()
    {
        var store = NewStore();
        Assert.Null(store.Profile("r-1"));

        store.SaveProfile(new PurchaseProfile { Id = "r-1", Address = Address("3"), Phone = "13800138000" });
        store.SaveProfile(new PurchaseProfile { Id = "r-2", Address = Address("5", "101"), Phone = null });

        var got = store.Profile("r-1")!;
        Assert.Equal(("r-1", "3", "2", "301", "13800138000"), (got.Id, got.Address.Building, got.Address.Unit, got.Address.Room, got.Phone));
        Assert.Null(store.Profile("r-2")!.Phone);

        store.SaveProfile(new PurchaseProfile { Id = "r-1", Address = Address("7", "702"), Phone = null });

        got = store.Profile("r-1")!;
        Assert.Equal(("7", "702", null), (got.Address.Building, got.Address.Room, got.Phone));
        Assert.Equal("5", store.Profile("r-2")!.Address.Building);
    }

    [Fact]
    public void Flag_IsSeen_ReplacedByKey_AndUnflagged()
    {
        var store = NewStore();
        var key = IPurchaseHouseholdStore.KeyOf("c1", Address("3"));
        Assert.False(store.IsPriority(key));

        store.Flag(Household("c1", "3"));
        Assert.True(store.IsPriority(key));

        store.Flag(Household("c1", "3", note: "居家观察"));
        var got = Assert.Single(store.Priorities("c1"));
        Assert.Equal((key, "c1", "3", "2", "301", "居家观察", "s-1", At),
            (got.Id, got.CommunityId, got.Address.Building, got.Address.Unit, got.Address.Room, got.Note, got.FlaggedBy, got.FlaggedAtUtc));
        Assert.Equal(DateTimeKind.Utc, got.FlaggedAtUtc.Kind);

        Assert.True(store.Unflag(key));
        Assert.False(store.Unflag(key));
        Assert.False(store.IsPriority(key));
        Assert.Empty(store.Priorities("c1"));
    }

    [Fact]
    public void Priorities_OfOneCommunity_OrderedByKeyOrdinal()
    {
        var store = NewStore();
        foreach (var building in new[] { "a", "2", "B", "10" })
        {
            store.Flag(Household("c1", building));
        }

        store.Flag(Household("c2", "1"));

        // Ordinal: digits before upper case before lower case; "10" before "2".
        string[] expected = ["c1|10-2-301", "c1|2-2-301", "c1|B-2-301", "c1|a-2-301"];
        Assert.Equal(expected, store.Priorities("c1").Select(p => p.Id));
        Assert.Equal(["c2|1-2-301"], store.Priorities("c2").Select(p => p.Id));
        Assert.Empty(store.Priorities("c9"));

        var keys = store.PriorityKeys("c1");
        Assert.Equal(expected.ToHashSet(), keys);
        Assert.DoesNotContain("C1|10-2-301", keys);
    }

    [Fact]
    public void RolledBack_ProfileAndFlags_AreDiscarded()
    {
        var store = NewStore();
        store.Flag(Household("c1", "3"));
        store.SaveProfile(new PurchaseProfile { Id = "r-1", Address = Address("3") });

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            store.SaveProfile(new PurchaseProfile { Id = "r-1", Address = Address("9") });
            store.SaveProfile(new PurchaseProfile { Id = "r-2", Address = Address("9") });
            store.Unflag(Household("c1", "3").Id);
            store.Flag(Household("c1", "4"));
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Equal("3", store.Profile("r-1")!.Address.Building);
        Assert.Null(store.Profile("r-2"));
        Assert.Equal(["c1|3-2-301"], store.Priorities("c1").Select(p => p.Id));
    }

    [Fact]
    public void StoredBeforeARestart_AreFoundAfterIt()
    {
        var store = NewStore();
        store.Flag(Household("c1", "3"));
        store.SaveProfile(new PurchaseProfile { Id = "r-1", Address = Address("3"), Phone = "13800138000" });

        Backend.Reopen();

        var again = NewStore();
        Assert.True(again.IsPriority("c1|3-2-301"));
        Assert.Equal("13800138000", again.Profile("r-1")!.Phone);
    }
}

public sealed class LiteDbPurchaseHouseholdStoreContract : PurchaseHouseholdStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    private protected override IPurchaseHouseholdStore NewStore() => new PurchaseHouseholdStore(((LiteDbScratch)Backend).Database);
}

public sealed class PostgresPurchaseHouseholdStoreContract : PurchaseHouseholdStoreContract
{
    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    private protected override IPurchaseHouseholdStore NewStore() => new PostgresPurchaseHouseholdStore(((PostgresScratch)Backend).Database);
}
