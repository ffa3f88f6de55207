using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Messaging;

/// <summary>
/// The inbox's LiteDB store (<see cref="IInboxStore"/>): one document per message, unique on channel + platform id.
/// Channels reach it through the door (<see cref="Inbox"/>).
/// </summary>
public sealed class LiteDbInbox : IInboxStore
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

    public bool TryAccept(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var record = InboxRecord.From(message);
        if (_items.Exists(Expressions.Of("$.Key = @0", record.Key)))
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

        _db.Signal(InboxAccepted.Instance);
        return true;
    }

    /// <summary>
    /// Handled on arrival: no look-up first. A message seen before (redelivered after a restart) makes the insert throw,
    /// which rolls the caller's transaction back; the caller then records again with <see cref="TryAccept"/>.
    /// </summary>
    public InboxRecord? AcceptHandled(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var record = InboxRecord.From(message);
        record.Handled = true;
        _items.Insert(record);
        return record;
    }

    /// <summary>True when a recorded message is waiting to be handled.</summary>
    public bool HasPending() => _items.Exists(Expressions.Of("$.Handled = false"));

    public int TryAcceptMany(IReadOnlyList<IncomingMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return _db.InTransaction(() => messages.Count(TryAccept));
    }

    /// <summary>The oldest unhandled messages (<see cref="Pending"/>): this process alone uses the data file.</summary>
    public IReadOnlyList<InboxRecord> Take(int limit) => Pending(limit);

    /// <summary>
    /// The oldest <paramref name="limit"/> unhandled messages, in arrival order. Walks the primary key (ids follow arrival)
    /// from the oldest record that may still be unhandled: LiteDB returns the equal keys of an ordinary index in no
    /// particular order, so the first N of <c>Handled = false</c> are not the oldest N once more than N wait.
    /// </summary>
    public IReadOnlyList<InboxRecord> Pending(int limit)
    {
        if (limit <= 0)
        {
            return [];
        }

        // The top first, then the check: a record committed in between has a higher id than the top, or is seen pending.
        var top = (_items.Query().OrderByDescending(x => x.Id).Limit(1).ToEnumerable().FirstOrDefault()?.Id ?? -1) + 1;
        if (!HasPending())
        {
            // Nothing waits: the next walk may start above everything recorded so far.
            MoveScanTo(top);
            return [];
        }

        var from = ScanFrom();
        var found = new List<InboxRecord>(Math.Min(limit, 256));
        var last = from - 1;
        foreach (var record in _items.Find(Expressions.Of("$._id >= @0", from)))
        {
            last = record.Id;
            if (!record.Handled)
            {
                found.Add(record);
                if (found.Count == limit)
                {
                    break;
                }
            }
        }

        MoveScanTo(found.Count > 0 ? found[0].Id : last + 1);
        return found;
    }

    // Every record below this id is handled: records are handled in arrival (id) order, a handled one never becomes
    // unhandled, and a record inserted later gets a higher id. Found once through the Handled index, then moved up as
    // walks see records handled. -1: not found yet.
    private long _scanFrom = -1;
    private readonly Lock _scanGate = new();

    private long ScanFrom()
    {
        lock (_scanGate)
        {
            if (_scanFrom >= 0)
            {
                return _scanFrom;
            }
        }

        // Once: the oldest of the unhandled records (all of them read, as the index gives them in no order).
        var oldest = _items.Find(Expressions.Of("$.Handled = false")).Select(r => r.Id).DefaultIfEmpty(0).Min();
        MoveScanTo(oldest);
        return oldest;
    }

    private void MoveScanTo(long id)
    {
        lock (_scanGate)
        {
            _scanFrom = Math.Max(_scanFrom, id);
        }
    }

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

    public int DeleteHandled(DateTime receivedBeforeUtc, int max) =>
        LiteDbPruning.DeleteOldest(_db, _items, r => r.Id, r => r.ReceivedAtUtc < receivedBeforeUtc, r => r.Handled, max);
}
