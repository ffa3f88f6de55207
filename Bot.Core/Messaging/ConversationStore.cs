using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Messaging;

/// <summary>Conversation states in LiteDB.</summary>
public sealed class ConversationStore
{
    private readonly ILiteCollection<ConversationState> _items;

    public ConversationStore(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _items = db.Collection<ConversationState>("conversations");
        _items.EnsureIndex(x => x.UpdatedAtUtc);
    }

    public ConversationState? Get(string id) => _items.FindById(id);

    public void Save(ConversationState state) => _items.Upsert(state);

    public void Delete(string id) => _items.Delete(id);

    public IReadOnlyList<ConversationState> IdleSince(DateTime cutoffUtc) =>
        _items.Find(BsonExpression.Create("$.UpdatedAtUtc < @0", cutoffUtc)).ToList();
}
