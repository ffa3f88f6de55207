using Bot.Core.Membership;
using Bot.Core.People;
using Bot.Core.Storage;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What joining relies on from <see cref="IInviteStore"/>, run against every backend: a code round-trips, is redeemed
/// once (case and spaces do not matter), not after it expires, and of two redeems the first wins, one after the other
/// or at once; a rollback gives the code back, a reopen keeps it.
/// </summary>
public abstract class InviteStoreContract : IAsyncLifetime
{
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));

    protected IScratchBackend Backend { get; private set; } = null!;

    private IUnitOfWork Db => Backend.Transactions;

    protected abstract Task<IScratchBackend> OpenAsync();

    protected abstract IInviteStore NewStore();

    /// <summary>A store on a second connection to the same data (another host), or null where there is none.</summary>
    protected abstract IInviteStore? AnotherHost();

    /// <summary>Whether the caller on <paramref name="other"/> waits for a lock another transaction holds.</summary>
    protected abstract bool IsWaiting(Thread other);

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public virtual async Task DisposeAsync() => await Backend.DisposeAsync();

    [Fact]
    public void Created_IsRedeemed_WithEveryField()
    {
        var store = NewStore();
        var invite = store.Create("幸福里", Role.Secretary, "p1", TimeSpan.FromHours(2));
        Time.Advance(TimeSpan.FromMinutes(5));

        var (got, problem) = store.Redeem($"  {invite.Code.ToLowerInvariant()} ", "p2");

        Assert.Equal(InviteProblem.None, problem);
        Assert.NotNull(got);
        Assert.Equal((invite.Code, "幸福里", Role.Secretary, "p1", "p2"), (got.Code, got.CommunityId, got.Role, got.CreatedBy, got.UsedBy));
        Assert.Equal(new DateTime(2026, 11, 29, 10, 0, 0, DateTimeKind.Utc), got.ExpiresAtUtc);
        Assert.Equal(new DateTime(2026, 11, 29, 8, 5, 0, DateTimeKind.Utc), got.UsedAtUtc);
    }

    [Fact]
    public void Redeem_IsOnce_UnknownIsUnknown_ExpiredIsExpired()
    {
        var store = NewStore();
        var once = store.Create("幸福里", Role.Cadre, "p1", TimeSpan.FromHours(1));
        var late = store.Create("幸福里", Role.Cadre, "p1", TimeSpan.FromHours(1));

        Assert.Equal(InviteProblem.None, store.Redeem(once.Code, "p2").Problem);
        Assert.Equal((null, InviteProblem.Used), store.Redeem(once.Code, "p3"));
        Assert.Equal((null, InviteProblem.Unknown), store.Redeem("NOPE2345", "p3"));

        Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal((null, InviteProblem.Expired), store.Redeem(late.Code, "p3"));
    }

    [Fact]
    public void OfTwoRedeems_TheFirstWins()
    {
        var first = NewStore();
        var second = AnotherHost() ?? NewStore();
        var code = first.Create("幸福里", Role.Cadre, "p1", TimeSpan.FromHours(1)).Code;

        Assert.Equal(InviteProblem.None, first.Redeem(code, "p2").Problem);

        Assert.Equal((null, InviteProblem.Used), second.Redeem(code, "p3"));
    }

    /// <summary>
    /// One invite, two redeemers at once: the second one's claim waits for the first one's transaction and, once that
    /// commits, finds the code used.
    /// </summary>
    [Fact]
    public async Task OneInvite_TwoRedeemersAtOnce_OneWins_TheOtherIsToldUsed()
    {
        var first = NewStore();
        var second = AnotherHost() ?? NewStore();
        var code = first.Create("幸福里", Role.Cadre, "p1", TimeSpan.FromHours(1)).Code;

        var (won, lost) = await Contention.SecondWaitsForFirst(Db, () => first.Redeem(code, "p2"), () => second.Redeem(code, "p3"), IsWaiting);

        Assert.Equal(("p2", InviteProblem.None), (won.Invite?.UsedBy, won.Problem));
        Assert.Equal((null, InviteProblem.Used), lost);
    }

    [Fact]
    public void Rollback_GivesTheCodeBack()
    {
        var store = NewStore();
        var code = store.Create("幸福里", Role.Cadre, "p1", TimeSpan.FromHours(1)).Code;

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            Assert.Equal(InviteProblem.None, store.Redeem(code, "p2").Problem);
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Equal(InviteProblem.None, store.Redeem(code, "p3").Problem);
    }

    [Fact]
    public void Created_SurvivesAReopen()
    {
        var code = NewStore().Create("幸福里", Role.Cadre, "p1", TimeSpan.FromHours(1)).Code;

        Backend.Reopen();

        Assert.Equal("幸福里", NewStore().Redeem(code, "p2").Invite?.CommunityId);
    }
}

public sealed class LiteDbInviteStoreContract : InviteStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    protected override IInviteStore NewStore() => new InviteStore(((LiteDbScratch)Backend).Database, Time);

    protected override IInviteStore? AnotherHost() => null;

    protected override bool IsWaiting(Thread other) => Contention.IsBlocked(other);
}

public sealed class PostgresInviteStoreContract : InviteStoreContract
{
    private OtherHosts? _hosts;

    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    protected override IInviteStore NewStore() => new PostgresInviteStore(((PostgresScratch)Backend).Database, Time);

    protected override IInviteStore? AnotherHost() => new PostgresInviteStore(Hosts.Open(), Time);

    protected override bool IsWaiting(Thread other) => Hosts.AnyoneWaitsOnALock();

    private OtherHosts Hosts => _hosts ??= new OtherHosts(() => (PostgresScratch)Backend);

    public override async Task DisposeAsync()
    {
        _hosts?.Dispose();
        await base.DisposeAsync();
    }
}
