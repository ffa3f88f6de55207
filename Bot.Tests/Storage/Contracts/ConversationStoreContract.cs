using Bot.Core.Messaging;
using Bot.Core.Storage;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the conversation engine relies on from <see cref="IConversationStore"/>, run against every backend (the
/// subclasses below): states round-trip, save replaces, delete removes, idle states are found by their last update,
/// and a write inside a transaction belongs to it (seen inside, discarded by a rollback, kept by a commit).
/// </summary>
public abstract class ConversationStoreContract : IAsyncLifetime
{
    private static readonly DateTime At = new(2026, 11, 29, 8, 0, 0, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    private IUnitOfWork Db => Backend.Transactions;

    protected abstract Task<IScratchBackend> OpenAsync();

    protected abstract IConversationStore NewStore();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    private static ConversationState State(string id, string step = "one", DateTime? at = null) => new()
    {
        Id = id,
        Flow = "purchase",
        Step = step,
        PersonId = "p-1",
        Channel = "telegram",
        ChatId = "42",
        Data = new() { ["item"] = "大米 5kg", ["count"] = "2", ["empty"] = "" },
        UpdatedAtUtc = at ?? At,
    };

    [Fact]
    public void Saved_IsFound_WithEveryField()
    {
        var store = NewStore();
        store.Save(State("telegram:42:7"));

        var got = store.Get("telegram:42:7");

        Assert.NotNull(got);
        Assert.Equal(("telegram:42:7", "purchase", "one", "p-1", "telegram", "42"), (got.Id, got.Flow, got.Step, got.PersonId, got.Channel, got.ChatId));
        Assert.Equal(new Dictionary<string, string> { ["item"] = "大米 5kg", ["count"] = "2", ["empty"] = "" }, got.Data);
        Assert.Equal(At, got.UpdatedAtUtc);
        Assert.Equal(DateTimeKind.Utc, got.UpdatedAtUtc.Kind);
    }

    [Fact]
    public void Unknown_IsNull()
    {
        var store = NewStore();
        store.Save(State("telegram:42:7"));

        Assert.Null(store.Get("telegram:42:8"));
    }

    [Fact]
    public void Save_ReplacesTheStateWithTheSameId()
    {
        var store = NewStore();
        store.Save(State("wecom:g:u"));
        store.Save(State("wecom:g:u", "two", At.AddMinutes(1)));

        Assert.Equal("two", store.Get("wecom:g:u")?.Step);
        Assert.Single(store.IdleSince(At.AddDays(1)));
    }

    [Fact]
    public void Deleted_IsGone_AndDeletingNothing_IsFine()
    {
        var store = NewStore();
        store.Save(State("telegram:1:1"));

        store.Delete("telegram:1:1");
        store.Delete("telegram:9:9");

        Assert.Null(store.Get("telegram:1:1"));
    }

    [Fact]
    public void IdleSince_FindsTheStatesUpdatedBeforeTheCutoff_Only()
    {
        var store = NewStore();
        store.Save(State("a", at: At.AddMinutes(-31)));
        store.Save(State("b", at: At.AddMinutes(-30)));
        store.Save(State("c", at: At.AddMinutes(-5)));

        var idle = store.IdleSince(At.AddMinutes(-30));

        Assert.Equal(["a"], idle.Select(s => s.Id));
        Assert.Equal(["a", "b"], store.IdleSince(At.AddMinutes(-29)).Select(s => s.Id).Order());
    }

    [Fact]
    public void AWriteInATransaction_IsSeenInside_AndKeptByTheCommit()
    {
        var store = NewStore();

        var inside = Db.InTransaction(() =>
        {
            store.Save(State("telegram:1:1"));
            return store.Get("telegram:1:1")?.Step;
        });

        Assert.Equal("one", inside);
        Assert.Equal("one", store.Get("telegram:1:1")?.Step);
    }

    [Fact]
    public void SaveRolledBack_IsNotFound()
    {
        var store = NewStore();

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            store.Save(State("telegram:1:1"));
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Null(store.Get("telegram:1:1"));
        Assert.Empty(store.IdleSince(At.AddDays(1)));
    }

    [Fact]
    public void DeleteRolledBack_TheStateIsStillFound()
    {
        var store = NewStore();
        store.Save(State("telegram:1:1"));

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            store.Delete("telegram:1:1");
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Equal("one", store.Get("telegram:1:1")?.Step);
    }

    [Fact]
    public void ReplaceRolledBack_KeepsTheEarlierStep()
    {
        var store = NewStore();
        store.Save(State("telegram:1:1"));

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            store.Save(State("telegram:1:1", "two"));
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Equal("one", store.Get("telegram:1:1")?.Step);
    }

    [Fact]
    public void DeletedAndStartedAgain_InOneTransaction_IsFound()
    {
        var store = NewStore();
        store.Save(State("telegram:1:1"));

        Db.InTransaction(() =>
        {
            store.Delete("telegram:1:1");
            store.Save(State("telegram:1:1", "again"));
        });

        Assert.Equal("again", store.Get("telegram:1:1")?.Step);
    }

    [Fact]
    public void StatesStoredBeforeARestart_AreFoundAfterIt()
    {
        NewStore().Save(State("wecom:a:b"));

        Backend.Reopen();

        Assert.Equal("one", NewStore().Get("wecom:a:b")?.Step);
    }
}

public sealed class LiteDbConversationStoreContract : ConversationStoreContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    protected override IConversationStore NewStore() => new ConversationStore(((LiteDbScratch)Backend).Database);
}

public sealed class PostgresConversationStoreContract : ConversationStoreContract
{
    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    protected override IConversationStore NewStore() => new PostgresConversationStore(((PostgresScratch)Backend).Database);
}
