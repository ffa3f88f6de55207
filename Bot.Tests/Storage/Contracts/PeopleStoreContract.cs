using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Core.Texts;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the features rely on from <see cref="IPeopleStore"/>, run against every backend: people round-trip, are found
/// by channel account, name (staff first), Telegram and WeCom ids and community; a save replaces, signals
/// <see cref="PersonSaved"/> on commit, is discarded by a rollback and survives a reopen.
/// </summary>
public abstract class PeopleStoreContract : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    private IUnitOfWork Db => Backend.Transactions;

    protected abstract Task<IScratchBackend> OpenAsync();

    protected abstract IPeopleStore NewStore();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    private static Person Someone(string id, string name = "张三", Role role = Role.Cadre, string community = "幸福里") => new()
    {
        Id = id,
        Name = name,
        Role = role,
        CommunityId = community,
        Phone = "13800000000",
        PartyMember = true,
        TelegramUsername = "zhang",
        TelegramUserId = "777",
        WeComUserId = "ZhangSan",
        IdentityKeys = ["telegram:777", "wecom:ZhangSan"],
        Language = Language.ZhHant,
        LanguageChosen = true,
        CreatedAtUtc = At,
        LastChannel = "wecom",
    };

    [Fact]
    public void Saved_IsFound_WithEveryField()
    {
        var store = NewStore();
        store.Save(Someone("p1"));

        var got = store.Get("p1");

        Assert.NotNull(got);
        Assert.Equal(("p1", "张三", Role.Cadre, "幸福里", "13800000000", true), (got.Id, got.Name, got.Role, got.CommunityId, got.Phone, got.PartyMember));
        Assert.Equal(("zhang", "777", "ZhangSan", "wecom"), (got.TelegramUsername, got.TelegramUserId, got.WeComUserId, got.LastChannel));
        Assert.Equal(["telegram:777", "wecom:ZhangSan"], got.IdentityKeys);
        Assert.Equal((Language.ZhHant, true), (got.Language, got.LanguageChosen));
        Assert.Equal(At, got.CreatedAtUtc);
        Assert.Equal(DateTimeKind.Utc, got.CreatedAtUtc.Kind);
    }

    [Fact]
    public void Save_WithoutId_GivesOne_AndMissingIsNull()
    {
        var store = NewStore();
        var person = Someone("");
        store.Save(person);

        Assert.False(string.IsNullOrEmpty(person.Id));
        Assert.Equal("张三", store.Get(person.Id)?.Name);
        Assert.Null(store.Get("nobody"));
        Assert.Null(store.FindByIdentity("telegram", "999"));
        Assert.Null(store.FindByName("李四"));
        Assert.Null(store.FindByTelegramUserId("999"));
        Assert.Null(store.FindByWeComUserId("nobody"));
    }

    [Fact]
    public void Lookups_FindThePerson()
    {
        var store = NewStore();
        store.Save(Someone("p1"));
        var other = Someone("p2", "李四", Role.Resident, "阳光城");
        other.TelegramUsername = null;
        other.TelegramUserId = null;
        other.WeComUserId = null;
        other.IdentityKeys = ["telegram:888"];
        store.Save(other);

        Assert.Equal("p1", store.FindByIdentity("wecom", "ZhangSan")?.Id);
        Assert.Equal("p2", store.FindByIdentity("telegram", "888")?.Id);
        Assert.Equal("p1", store.FindByTelegramUserId("777")?.Id);
        Assert.Equal("p1", store.FindByWeComUserId("ZhangSan")?.Id);
        Assert.Equal(["p1"], store.WithTelegramUsername("@zhang").Select(p => p.Id));
        Assert.Equal(["p2"], store.InCommunity("阳光城").Select(p => p.Id));
        Assert.Equal(["p1", "p2"], store.All().Select(p => p.Id).Order());
        Assert.Equal(2, store.Count());
    }

    [Fact]
    public void FindByName_PrefersStaff_AndFiltersByCommunity()
    {
        var store = NewStore();
        store.Save(Someone("a", "王五", Role.Resident, "幸福里"));
        store.Save(Someone("b", "王五", Role.Secretary, "阳光城"));

        Assert.Equal("b", store.FindByName("王五")?.Id);
        Assert.Equal("a", store.FindByName("王五", "幸福里")?.Id);
        Assert.Null(store.FindByName("王五", "别处"));
    }

    [Fact]
    public void Save_Replaces_AndAnAddedIdentityIsFound()
    {
        var store = NewStore();
        store.Save(Someone("p1"));
        Assert.Equal("张三", store.FindByIdentity("telegram", "777")?.Name);

        var changed = store.Get("p1")!;
        changed.Name = "张三丰";
        changed.IdentityKeys.Add("telegram:999");
        store.Save(changed);

        Assert.Equal("张三丰", store.Get("p1")?.Name);
        Assert.Equal("p1", store.FindByIdentity("telegram", "999")?.Id);
        Assert.Equal(1, store.Count());
    }

    [Fact]
    public void Get_GivesACopy_ThatTheCallerMayChange()
    {
        var store = NewStore();
        store.Save(Someone("p1"));

        store.Get("p1")!.Name = "changed";

        Assert.Equal("张三", store.Get("p1")?.Name);
    }

    [Fact]
    public void Save_SignalsPersonSaved_OnCommit()
    {
        var store = NewStore();
        var seen = new List<string>();
        using var _ = Db.OnCommitted<PersonSaved>(saved => seen.Add(saved.Person.Id));

        Db.InTransaction(() =>
        {
            store.Save(Someone("p1"));
            Assert.Empty(seen);
        });

        Assert.Equal(["p1"], seen);
    }

    [Fact]
    public void Rollback_DiscardsTheSave_AndItsIdentity()
    {
        var store = NewStore();
        var seen = new List<string>();
        using var _ = Db.OnCommitted<PersonSaved>(saved => seen.Add(saved.Person.Id));

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            store.Save(Someone("p1"));
            Assert.Equal("p1", store.FindByIdentity("telegram", "777")?.Id);
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Null(store.Get("p1"));
        Assert.Null(store.FindByIdentity("telegram", "777"));
        Assert.Equal(0, store.Count());
        Assert.Empty(seen);
    }

    [Fact]
    public void Saved_SurvivesAReopen()
    {
        NewStore().Save(Someone("p1"));

        Backend.Reopen();

        Assert.Equal("p1", NewStore().FindByIdentity("telegram", "777")?.Id);
    }
}

public sealed class LiteDbPeopleStoreContract : PeopleStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    protected override IPeopleStore NewStore() => new PeopleStore(((LiteDbScratch)Backend).Database);
}

public sealed class PostgresPeopleStoreContract : PeopleStoreContract
{
    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    protected override IPeopleStore NewStore() => new PostgresPeopleStore(((PostgresScratch)Backend).Database);
}
