using Bot.Core.Storage;
using Bot.Host.Channels.WeCom;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the group setup relies on from <see cref="IWeComAppChatStore"/>, on every backend: a created chat is found
/// (so it is not created again), an unknown one is null, saving again replaces, a rollback undoes, and a restart keeps.
/// </summary>
public abstract class WeComAppChatStoreContract : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 12, 1, 9, 30, 15, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    protected abstract Task<IScratchBackend> OpenAsync();

    internal abstract IWeComAppChatStore NewStore();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    [Fact]
    public void Created_IsFound_WithItsTime_AndOthersAreNot()
    {
        var store = NewStore();
        store.Save(new WeComAppChatRecord { Id = "jingyuan-cadres", CreatedAtUtc = At });

        var got = store.Find("jingyuan-cadres");

        Assert.NotNull(got);
        Assert.Equal("jingyuan-cadres", got.Id);
        Assert.Equal(At, got.CreatedAtUtc);
        Assert.Equal(DateTimeKind.Utc, got.CreatedAtUtc.Kind);
        Assert.Null(store.Find("jingyuan-residents"));
    }

    [Fact]
    public void SavedAgain_ReplacesTheRecord()
    {
        var store = NewStore();
        store.Save(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At });
        store.Save(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At.AddDays(1) });

        Assert.Equal(At.AddDays(1), store.Find("c")!.CreatedAtUtc);
    }

    [Fact]
    public void SaveRolledBack_IsNotFound()
    {
        var store = NewStore();

        Assert.Throws<InvalidOperationException>(() => Backend.Transactions.InTransaction(() =>
        {
            store.Save(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At });
            throw new InvalidOperationException("failed");
        }));

        Assert.Null(store.Find("c"));
    }

    [Fact]
    public void CreatedBeforeARestart_IsFoundAfterIt()
    {
        NewStore().Save(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At });

        Backend.Reopen();

        Assert.Equal(At, NewStore().Find("c")?.CreatedAtUtc);
    }
}

public sealed class LiteDbWeComAppChatStoreContract : WeComAppChatStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    internal override IWeComAppChatStore NewStore() => new LiteDbWeComAppChatStore(((LiteDbScratch)Backend).Database);
}

public sealed class PostgresWeComAppChatStoreContract : WeComAppChatStoreContract
{
    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    internal override IWeComAppChatStore NewStore() => new PostgresWeComAppChatStore(((PostgresScratch)Backend).Database);
}
