using Bot.Core.Messaging;
using Bot.Core.Storage;

namespace Bot.Tests.Messaging;

/// <summary>The in-memory set of conversation ids must never lack one that is stored (that would lose a conversation).</summary>
public sealed class ConversationStoreTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"conv-{Guid.NewGuid():N}.db");
    private BotDatabase _db;

    public ConversationStoreTests() => _db = new BotDatabase(_file);

    private static ConversationState State(string id, string step = "one") =>
        new() { Id = id, Flow = "purchase", Step = step, UpdatedAtUtc = new DateTime(2026, 11, 29, 0, 0, 0, DateTimeKind.Utc) };

    [Fact]
    public void Saved_IsFound_Deleted_IsGone()
    {
        var store = new ConversationStore(_db);
        store.Save(State("telegram:1:1"));

        Assert.Equal("one", store.Get("telegram:1:1")?.Step);
        Assert.Null(store.Get("telegram:2:2"));

        store.Delete("telegram:1:1");
        Assert.Null(store.Get("telegram:1:1"));
    }

    [Fact]
    public void DeleteRolledBack_TheStateIsStillFound()
    {
        var store = new ConversationStore(_db);
        store.Save(State("telegram:1:1"));

        Assert.Throws<InvalidOperationException>(() => _db.InTransaction(() =>
        {
            store.Delete("telegram:1:1");
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Equal("one", store.Get("telegram:1:1")?.Step);
    }

    [Fact]
    public void DeletedAndStartedAgain_InOneTransaction_IsFound()
    {
        var store = new ConversationStore(_db);
        store.Save(State("telegram:1:1"));

        _db.InTransaction(() =>
        {
            store.Delete("telegram:1:1");
            store.Save(State("telegram:1:1", "again"));
        });

        Assert.Equal("again", store.Get("telegram:1:1")?.Step);
    }

    [Fact]
    public void SaveRolledBack_IsNotFound()
    {
        var store = new ConversationStore(_db);

        Assert.Throws<InvalidOperationException>(() => _db.InTransaction(() =>
        {
            store.Save(State("telegram:1:1"));
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Null(store.Get("telegram:1:1"));
    }

    [Fact]
    public void StatesStoredBeforeStart_AreFoundByANewStore()
    {
        new ConversationStore(_db).Save(State("wecom:a:b"));
        _db.Dispose();
        _db = new BotDatabase(_file);

        Assert.Equal("one", new ConversationStore(_db).Get("wecom:a:b")?.Step);
    }

    public void Dispose()
    {
        _db.Dispose();
        File.Delete(_file);
    }
}
