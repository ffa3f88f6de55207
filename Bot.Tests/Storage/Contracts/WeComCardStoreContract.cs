using Bot.Core.Storage;
using Bot.Host.Channels.WeCom;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What card presses rely on from <see cref="IWeComCardStore"/>, on every backend: a card round-trips with every field,
/// saving it again (a press recorded) replaces it, an unknown task_id is null, pruning deletes only what was sent
/// before the cutoff, writes inside a transaction are undone by its rollback, and cards survive a restart.
/// </summary>
public abstract class WeComCardStoreContract : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 12, 1, 9, 30, 15, 123, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    private IUnitOfWork Db => Backend.Transactions;

    protected abstract Task<IScratchBackend> OpenAsync();

    internal abstract IWeComCardStore NewStore();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    private static WeComCardRecord Card(string id, DateTime? sentAt = null) => new()
    {
        Id = id,
        Chat = "zhangsan",
        Group = false,
        Users = ["zhangsan", "lisi"],
        Buttons = [new() { Label = "接单", Key = "/purchase_take 7" }, new() { Label = "已阅", Key = "/notice_ack 3" }],
        Title = "采购单 #7",
        SubTitle = "大米 5kg ×2",
        SentAtUtc = sentAt ?? At,
    };

    [Fact]
    public void Saved_IsFound_WithEveryField()
    {
        var store = NewStore();
        var card = Card("t-1");
        card.Group = true;
        card.PressedBy = ["lisi"];
        card.PressedLabels = ["接单"];
        store.Save(card);

        var got = store.Find("t-1");

        Assert.NotNull(got);
        Assert.Equal(("t-1", "zhangsan", true, "采购单 #7", "大米 5kg ×2"), (got.Id, got.Chat, got.Group, got.Title, got.SubTitle));
        Assert.Equal(["zhangsan", "lisi"], got.Users);
        Assert.Equal([("接单", "/purchase_take 7"), ("已阅", "/notice_ack 3")], got.Buttons.Select(b => (b.Label, b.Key)));
        Assert.Equal(["lisi"], got.PressedBy);
        Assert.Equal(["接单"], got.PressedLabels);
        Assert.Equal(At, got.SentAtUtc);
        Assert.Equal(DateTimeKind.Utc, got.SentAtUtc.Kind);
    }

    [Fact]
    public void UnknownTaskId_IsNull()
    {
        var store = NewStore();
        store.Save(Card("t-1"));

        // Not asked here: ids differing only in case (LiteDB compares them case-insensitively, PostgreSQL does not); the
        // bot makes task_ids itself, in one case.
        Assert.Null(store.Find("t-2"));
    }

    [Fact]
    public void SavedAgain_ReplacesTheCard_PressesInOrder()
    {
        var store = NewStore();
        store.Save(Card("t-1"));
        var card = store.Find("t-1")!;
        card.PressedBy.Add("lisi");
        card.PressedLabels.Add("已阅");
        store.Save(card);
        card = store.Find("t-1")!;
        card.PressedBy.Add("zhangsan");
        card.PressedLabels.Add("接单");
        store.Save(card);

        var got = store.Find("t-1")!;

        Assert.Equal(["lisi", "zhangsan"], got.PressedBy);
        Assert.Equal(["已阅", "接单"], got.PressedLabels);
        Assert.Equal(0, store.DeleteSentBefore(At.AddDays(-1)));
        Assert.Equal(1, store.DeleteSentBefore(At.AddDays(1)));
    }

    [Fact]
    public void DeleteSentBefore_DeletesOnlyOlderCards_AndCountsThem()
    {
        var store = NewStore();
        store.Save(Card("old-1", At.AddDays(-4)));
        store.Save(Card("old-2", At.AddSeconds(-1)));
        store.Save(Card("at-cutoff", At));
        store.Save(Card("new", At.AddHours(1)));

        Assert.Equal(2, store.DeleteSentBefore(At));

        Assert.Null(store.Find("old-1"));
        Assert.Null(store.Find("old-2"));
        Assert.NotNull(store.Find("at-cutoff"));
        Assert.NotNull(store.Find("new"));
        Assert.Equal(0, store.DeleteSentBefore(At));
    }

    [Fact]
    public void APressRolledBack_LeavesTheCardAsItWas()
    {
        var store = NewStore();
        store.Save(Card("t-1"));

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            var card = store.Find("t-1")!;
            card.PressedBy.Add("lisi");
            card.PressedLabels.Add("接单");
            store.Save(card);
            Assert.Equal(["lisi"], store.Find("t-1")!.PressedBy);
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Empty(store.Find("t-1")!.PressedBy);
    }

    [Fact]
    public void ACardSavedInATransactionRolledBack_IsNotFound()
    {
        var store = NewStore();

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            store.Save(Card("t-1"));
            throw new InvalidOperationException("send failed");
        }));

        Assert.Null(store.Find("t-1"));
    }

    [Fact]
    public void CardsSavedBeforeARestart_AreFoundAfterIt()
    {
        var card = Card("t-1");
        card.PressedBy = ["lisi"];
        card.PressedLabels = ["已阅"];
        NewStore().Save(card);

        Backend.Reopen();

        var got = NewStore().Find("t-1");
        Assert.NotNull(got);
        Assert.Equal(["lisi"], got.PressedBy);
        Assert.Equal(At, got.SentAtUtc);
    }
}

public sealed class LiteDbWeComCardStoreContract : WeComCardStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    internal override IWeComCardStore NewStore() => new LiteDbWeComCardStore(((LiteDbScratch)Backend).Database);
}

public sealed class PostgresWeComCardStoreContract : WeComCardStoreContract
{
    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    internal override IWeComCardStore NewStore() => new PostgresWeComCardStore(((PostgresScratch)Backend).Database);
}
