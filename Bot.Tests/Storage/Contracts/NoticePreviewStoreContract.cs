using Bot.Core.Notices;
using Bot.Core.Storage;

namespace Bot.Tests.Storage.Contracts;

/// <summary>What notice confirmation relies on from <see cref="INoticePreviewStore"/>, on every backend.</summary>
public abstract class NoticePreviewStoreContract : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    protected abstract Task<IScratchBackend> OpenAsync();

    private protected abstract INoticePreviewStore NewStore();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    [Fact]
    public void Shown_IsFound_AndAShowingAgainReplacesTheTime()
    {
        var store = NewStore();
        store.Shown(3, "p-1", At);
        store.Shown(3, "p-1", At.AddMinutes(5));

        var shown = store.ShownAt(3, "p-1");
        Assert.Equal(At.AddMinutes(5), shown);
        Assert.Equal(DateTimeKind.Utc, shown!.Value.Kind);
        Assert.Null(store.ShownAt(3, "p-2"));
        Assert.Null(store.ShownAt(4, "p-1"));
    }

    [Fact]
    public void Latest_IsTheNewestShowing_TiesGoToTheHigherNotice()
    {
        var store = NewStore();
        Assert.Null(store.Latest("p-1"));
        store.Shown(5, "p-1", At.AddMinutes(1));
        store.Shown(6, "p-1", At);
        store.Shown(7, "p-2", At.AddMinutes(9));

        var latest = store.Latest("p-1");
        Assert.NotNull(latest);
        Assert.Equal(("5:p-1", 5, "p-1", At.AddMinutes(1)), (latest.Id, latest.NoticeId, latest.PersonId, latest.ShownAtUtc));

        store.Shown(6, "p-1", At.AddMinutes(1));
        Assert.Equal(6, store.Latest("p-1")?.NoticeId);
    }

    [Fact]
    public void RolledBack_Showing_IsDiscarded_AndAReopenKeepsTheRest()
    {
        var store = NewStore();
        store.Shown(1, "p-1", At);
        Assert.Throws<InvalidOperationException>(() => Backend.Transactions.InTransaction(() =>
        {
            store.Shown(2, "p-1", At.AddMinutes(1));
            throw new InvalidOperationException("handler failed");
        }));

        Backend.Reopen();

        Assert.Null(NewStore().ShownAt(2, "p-1"));
        Assert.Equal(1, NewStore().Latest("p-1")?.NoticeId);
    }
}

public sealed class LiteDbNoticePreviewStoreContract : NoticePreviewStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    private protected override INoticePreviewStore NewStore() => new NoticePreviewStore(((LiteDbScratch)Backend).Database);
}

public sealed class PostgresNoticePreviewStoreContract : NoticePreviewStoreContract
{
    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    private protected override INoticePreviewStore NewStore() => new PostgresNoticePreviewStore(((PostgresScratch)Backend).Database);
}
