using Bot.Core.People;
using Bot.Core.Storage;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the features rely on from <see cref="ICommunityStore"/>, run against every backend: communities are created
/// once and listed by name; a group chat has one binding (rebinding replaces it), found by chat and by community and
/// purpose, removed by unbind and kept under the new id by a move; a rollback discards, a reopen keeps.
/// </summary>
public abstract class CommunityStoreContract : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    private IUnitOfWork Db => Backend.Transactions;

    protected abstract Task<IScratchBackend> OpenAsync();

    protected abstract ICommunityStore NewStore();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    private static GroupBinding Group(string chat, string community = "幸福里", GroupPurpose purpose = GroupPurpose.Cadres) => new()
    {
        Channel = "telegram",
        ChatId = chat,
        CommunityId = community,
        Purpose = purpose,
        BoundBy = "p1",
        BoundAtUtc = At,
    };

    [Fact]
    public void EnsureCommunity_CreatesOnce_AndCommunitiesAreOrderedByName()
    {
        var store = NewStore();
        store.EnsureCommunity("阳光城");
        store.EnsureCommunity("幸福里");
        var again = store.EnsureCommunity("阳光城");

        Assert.Equal(("阳光城", "阳光城"), (again.Id, again.Name));
        Assert.Equal(new[] { "幸福里", "阳光城" }.Order(StringComparer.Ordinal), store.Communities().Select(c => c.Name));
        Assert.Equal("幸福里", store.FindCommunity(" 幸福里 ")?.Id);
        Assert.Null(store.FindCommunity("别处"));
    }

    [Fact]
    public void BoundGroup_IsFound_WithEveryField_AndRebindReplaces()
    {
        var store = NewStore();
        store.BindGroup(Group("-100"));

        var got = store.FindGroup("telegram", "-100");
        Assert.NotNull(got);
        Assert.Equal(("telegram:-100", "telegram", "-100", "幸福里", GroupPurpose.Cadres, "p1"), (got.Id, got.Channel, got.ChatId, got.CommunityId, got.Purpose, got.BoundBy));
        Assert.Equal(At, got.BoundAtUtc);
        Assert.Equal(DateTimeKind.Utc, got.BoundAtUtc.Kind);

        store.BindGroup(Group("-100", "阳光城", GroupPurpose.Residents));

        Assert.Equal(("阳光城", GroupPurpose.Residents), (store.FindGroup("telegram", "-100")?.CommunityId, store.FindGroup("telegram", "-100")?.Purpose));
        Assert.Empty(store.GroupsOf("幸福里"));
        Assert.Null(store.FindGroup("wecom", "-100"));
    }

    [Fact]
    public void GroupsOf_FiltersByCommunityAndPurpose()
    {
        var store = NewStore();
        store.BindGroup(Group("1"));
        store.BindGroup(Group("2", purpose: GroupPurpose.Residents));
        store.BindGroup(Group("3", "阳光城"));

        Assert.Equal(["1", "2"], store.GroupsOf("幸福里").Select(g => g.ChatId).Order());
        Assert.Equal(["2"], store.GroupsOf("幸福里", GroupPurpose.Residents).Select(g => g.ChatId));
        Assert.Equal(["3"], store.GroupsOf("阳光城", GroupPurpose.Cadres).Select(g => g.ChatId));
    }

    [Fact]
    public void Unbind_RemovesTheBinding_AndSaysWhetherThereWasOne()
    {
        var store = NewStore();
        store.BindGroup(Group("1"));

        Assert.True(store.UnbindGroup("telegram", "1"));
        Assert.False(store.UnbindGroup("telegram", "1"));
        Assert.Null(store.FindGroup("telegram", "1"));
    }

    [Fact]
    public void MoveGroup_KeepsTheBindingUnderTheNewId_AndMovingNothingIsFine()
    {
        var store = NewStore();
        store.BindGroup(Group("-1", purpose: GroupPurpose.Residents));

        store.MoveGroup("telegram", "-1", "-1001");
        store.MoveGroup("telegram", "-5", "-1005");

        Assert.Null(store.FindGroup("telegram", "-1"));
        var moved = store.FindGroup("telegram", "-1001");
        Assert.Equal(("telegram:-1001", "-1001", "幸福里", GroupPurpose.Residents, "p1"), (moved?.Id, moved?.ChatId, moved?.CommunityId, moved?.Purpose, moved?.BoundBy));
        Assert.Null(store.FindGroup("telegram", "-1005"));
    }

    [Fact]
    public void Rollback_DiscardsBindingsAndCommunities()
    {
        var store = NewStore();
        store.BindGroup(Group("keep"));

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            store.EnsureCommunity("阳光城");
            store.BindGroup(Group("new"));
            store.UnbindGroup("telegram", "keep");
            Assert.NotNull(store.FindGroup("telegram", "new"));
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Null(store.FindCommunity("阳光城"));
        Assert.Null(store.FindGroup("telegram", "new"));
        Assert.NotNull(store.FindGroup("telegram", "keep"));
    }

    [Fact]
    public void Saved_SurvivesAReopen()
    {
        var store = NewStore();
        store.EnsureCommunity("幸福里");
        store.BindGroup(Group("1"));

        Backend.Reopen();

        Assert.NotNull(NewStore().FindCommunity("幸福里"));
        Assert.NotNull(NewStore().FindGroup("telegram", "1"));
    }
}

public sealed class LiteDbCommunityStoreContract : CommunityStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    protected override ICommunityStore NewStore() => new CommunityStore(((LiteDbScratch)Backend).Database);
}

public sealed class PostgresCommunityStoreContract : CommunityStoreContract
{
    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    protected override ICommunityStore NewStore() => new PostgresCommunityStore(((PostgresScratch)Backend).Database);
}
