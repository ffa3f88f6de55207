using Bot.Core.Storage;
using Bot.Host.Channels.WeCom;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the group setup relies on from <see cref="IWeComAppChatStore"/>, on every backend: a created chat is found
/// (so it is not created again), an unknown one is null, a rollback undoes, and a restart keeps.
/// <see cref="IWeComAppChatStore.CreateOnce"/> creates a chat once: of two callers (hosts) at once the second waits and
/// then finds it created, or creates it itself when the first failed.
/// </summary>
public abstract class WeComAppChatStoreContract : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 12, 1, 9, 30, 15, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    protected abstract Task<IScratchBackend> OpenAsync();

    internal abstract IWeComAppChatStore NewStore();

    /// <summary>The store as another host has it: on a connection of its own where the backend has several.</summary>
    internal abstract IWeComAppChatStore AnotherHost();

    /// <summary>Whether the caller on <paramref name="other"/> waits for a lock another transaction holds.</summary>
    protected abstract bool IsWaiting(Thread other);

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public virtual async Task DisposeAsync() => await Backend.DisposeAsync();

    [Fact]
    public void CreateOnce_RecordsACreatedChat_AndDoesNotCreateItAgain()
    {
        var store = NewStore();
        var calls = 0;

        var first = store.CreateOnce(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At }, () => ++calls > 0);
        var again = store.CreateOnce(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At.AddDays(1) }, () => ++calls > 0);

        Assert.Equal((true, null, 1), (first, again, calls));
        Assert.Equal(At, store.Find("c")?.CreatedAtUtc);
    }

    [Fact]
    public void CreateOnce_Failed_RecordsNothing_SoTheNextTryCreatesIt()
    {
        var store = NewStore();

        var failed = store.CreateOnce(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At }, () => false);
        Assert.Null(store.Find("c"));
        Assert.Throws<HttpRequestException>(() => store.CreateOnce(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At }, () => throw new HttpRequestException("down")));
        Assert.Null(store.Find("c"));
        var next = store.CreateOnce(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At.AddHours(1) }, () => true);

        Assert.Equal((false, true), (failed, next));
        Assert.Equal(At.AddHours(1), store.Find("c")?.CreatedAtUtc);
    }

    [Fact]
    public async Task CreateOnce_ByTwoHostsAtOnce_CreatesOnce_TheSecondWaitsAndFindsItCreated()
    {
        var store = NewStore();
        var other = AnotherHost();
        var created = 0;

        var (first, second) = await Contention.SecondWaitsForFirst(Backend.Transactions,
            () => store.CreateOnce(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At }, () => Interlocked.Increment(ref created) > 0),
            () => other.CreateOnce(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At.AddSeconds(1) }, () => Interlocked.Increment(ref created) > 0),
            IsWaiting);

        Assert.Equal((true, null, 1), (first, second, created));
        Assert.Equal(At, NewStore().Find("c")?.CreatedAtUtc);
    }

    [Fact]
    public async Task CreateOnce_ByTwoHostsAtOnce_TheFirstFails_TheSecondCreatesIt()
    {
        var store = NewStore();
        var other = AnotherHost();

        var (first, second) = await Contention.SecondWaitsForFirst(Backend.Transactions,
            () => store.CreateOnce(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At }, () => false),
            () => other.CreateOnce(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At.AddSeconds(1) }, () => true),
            IsWaiting);

        Assert.Equal((false, true), (first, second));
        Assert.Equal(At.AddSeconds(1), NewStore().Find("c")?.CreatedAtUtc);
    }

    [Fact]
    public void Created_IsFound_WithItsTime_AndOthersAreNot()
    {
        var store = NewStore();
        Assert.True(store.CreateOnce(new WeComAppChatRecord { Id = "jingyuan-cadres", CreatedAtUtc = At }, () => true));

        var got = store.Find("jingyuan-cadres");

        Assert.NotNull(got);
        Assert.Equal("jingyuan-cadres", got.Id);
        Assert.Equal(At, got.CreatedAtUtc);
        Assert.Equal(DateTimeKind.Utc, got.CreatedAtUtc.Kind);
        Assert.Null(store.Find("jingyuan-residents"));
    }

    [Fact]
    public void CreatedInATransactionThatRollsBack_IsNotFound()
    {
        var store = NewStore();

        Assert.Throws<InvalidOperationException>(() => Backend.Transactions.InTransaction(() =>
        {
            Assert.True(store.CreateOnce(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At }, () => true));
            throw new InvalidOperationException("failed");
        }));

        Assert.Null(store.Find("c"));
    }

    [Fact]
    public void CreatedBeforeARestart_IsFoundAfterIt()
    {
        Assert.True(NewStore().CreateOnce(new WeComAppChatRecord { Id = "c", CreatedAtUtc = At }, () => true));

        Backend.Reopen();

        Assert.Equal(At, NewStore().Find("c")?.CreatedAtUtc);
    }
}

public sealed class LiteDbWeComAppChatStoreContract : WeComAppChatStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    internal override IWeComAppChatStore NewStore() => new LiteDbWeComAppChatStore(((LiteDbScratch)Backend).Database);

    internal override IWeComAppChatStore AnotherHost() => NewStore();

    protected override bool IsWaiting(Thread other) => Contention.IsBlocked(other);
}

public sealed class PostgresWeComAppChatStoreContract : WeComAppChatStoreContract
{
    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    private OtherHosts? _hosts;

    internal override IWeComAppChatStore NewStore() => new PostgresWeComAppChatStore(((PostgresScratch)Backend).Database);

    internal override IWeComAppChatStore AnotherHost() => new PostgresWeComAppChatStore(Hosts.Open());

    protected override bool IsWaiting(Thread other) => Hosts.AnyoneWaitsOnALock();

    private OtherHosts Hosts => _hosts ??= new OtherHosts(() => (PostgresScratch)Backend);

    public override async Task DisposeAsync()
    {
        _hosts?.Dispose();
        await base.DisposeAsync();
    }
}
