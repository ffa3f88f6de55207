using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Messaging;

/// <summary>LiteDB implementation of the inbox: one document per message, unique on channel + platform id.</summary>
public sealed class LiteDbInbox : IInbox
{
    private readonly ILiteCollection<InboxRecord> _items;

    private readonly BotDatabase _db;

    public LiteDbInbox(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _items = db.Collection<InboxRecord>("inbox");
        _items.EnsureIndex(x => x.Key, unique: true);
        _items.EnsureIndex(x => x.Handled);
    }

    public event Action? Accepted;

    // Set while a channel records messages that are handled in the same transaction (InboxProcessor.RecordAndHandle):
    // those are stored already marked handled and collected here instead of waking the processor.
    [ThreadStatic]
    private static List<InboxRecord>? _collecting;

    public bool TryAccept(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var record = InboxRecord.From(message);
        if (_collecting is { } collecting)
        {
            // Handled on arrival: no look-up first. A message seen before (redelivered after a restart) makes the
            // insert throw, which rolls the whole transaction back; the caller then records again with the checks.
            record.Handled = true;
            _items.Insert(record);
            collecting.Add(record);
            return true;
        }

        if (_items.Exists(BsonExpression.Create("$.Key = @0", record.Key)))
        {
            return false;
        }

        try
        {
            _items.Insert(record);
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }

        BotDatabase.AfterCommit(() => Accepted?.Invoke());
        return true;
    }

    /// <summary>
    /// Until disposed, messages accepted on this thread are stored already marked handled and added to
    /// <paramref name="accepted"/>: the caller handles them in the same transaction.
    /// </summary>
    internal IDisposable CollectAccepted(List<InboxRecord> accepted)
    {
        _collecting = accepted;
        return new StopCollecting();
    }

    /// <summary>True when a recorded message is waiting to be handled.</summary>
    public bool HasPending() => _items.Exists(BsonExpression.Create("$.Handled = false"));

    private sealed class StopCollecting : IDisposable
    {
        public void Dispose() => _collecting = null;
    }

    public int TryAcceptMany(IReadOnlyList<IncomingMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return _db.InTransaction(() => messages.Count(TryAccept));
    }

    /// <summary>Unhandled messages in arrival order.</summary>
    public IReadOnlyList<InboxRecord> Pending(int limit) =>
        _items.Find(BsonExpression.Create("$.Handled = false"), 0, limit).OrderBy(x => x.Id).ToList();

    public void MarkHandled(InboxRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Handled = true;
        _items.Update(record);
    }

    public void RecordAttempt(InboxRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Attempts++;
        _items.Update(record);
    }

    public int Count => _items.Count();
}
