using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Messaging;

/// <summary>
/// Conversation states in LiteDB. Most messages arrive outside any conversation, so the ids of the stored states are
/// also kept in memory (loaded once, added on save, removed once a delete commits): an id not among them is known to
/// have no state without reading the data file. The set may hold an id whose state is gone (a save rolled back),
/// never lack one that is stored.
/// </summary>
public sealed class ConversationStore : IConversationStore
{
    private readonly ILiteCollection<ConversationState> _items;
    private readonly BotDatabase _db;
    private readonly Lock _gate = new();
    private readonly Lazy<Dictionary<string, long>> _present;
    private long _generation;

    public ConversationStore(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _items = db.Collection<ConversationState>("conversations");
        _items.EnsureIndex(x => x.UpdatedAtUtc);
        _present = new(() => _items.Query().Select(x => x.Id).ToEnumerable().ToDictionary(id => id, _ => 0L, StringComparer.Ordinal),
            LazyThreadSafetyMode.PublicationOnly);
        db.OnCommitted<Deleted>(OnDeleted);
    }

    public ConversationState? Get(string id)
    {
        lock (_gate)
        {
            if (!_present.Value.ContainsKey(id))
            {
                return null;
            }
        }

        return _items.FindOne(Expressions.ById(id));
    }

    public void Save(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        lock (_gate)
        {
            // Marked before the write, so a reader never misses a stored state; a new generation keeps an earlier
            // delete's after-commit removal from dropping it.
            _present.Value[state.Id] = ++_generation;
        }

        _items.Upsert(state);
    }

    public void Delete(string id)
    {
        long generation;
        lock (_gate)
        {
            generation = _present.Value.GetValueOrDefault(id, -1);
        }

        _items.Delete(id);
        _db.Signal(new Deleted(this, id, generation));
    }

    private void OnDeleted(Deleted deleted)
    {
        if (!ReferenceEquals(deleted.Store, this))
        {
            return;
        }

        lock (_gate)
        {
            if (_present.Value.TryGetValue(deleted.Id, out var now) && now == deleted.Generation)
            {
                _present.Value.Remove(deleted.Id);
            }
        }
    }

    public IReadOnlyList<ConversationState> IdleSince(DateTime cutoffUtc) =>
        _items.Find(Expressions.Of("$.UpdatedAtUtc < @0", cutoffUtc)).ToList();

    /// <summary>A delete committed: the id leaves the in-memory set unless saved again since (a newer generation).</summary>
    private sealed record Deleted(ConversationStore Store, string Id, long Generation) : ICommitSignal;
}
