using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Messaging;

/// <summary>LiteDB implementation of the outbox; also the dispatcher's view of pending work.</summary>
public sealed partial class LiteDbOutbox : IOutboxStore
{
    private readonly ILiteCollection<OutboxRecord> _items;
    private readonly BotDatabase _db;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, int> _maxLength;

    public LiteDbOutbox(BotDatabase db, TimeProvider time, IEnumerable<ChannelLimits> limits)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _time = time;
        _items = db.Collection<OutboxRecord>("outbox");
        _items.EnsureIndex(x => x.DedupeKey, unique: true);
        _items.EnsureIndex(x => x.Queue);
        _maxLength = limits.ToDictionary(l => l.Channel, l => l.MaxTextLength);
    }

    public bool Enqueue(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = _time.GetUtcNow().UtcDateTime;
        var key = message.DedupeKey ?? ObjectId.NewObjectId().ToString();
        var parts = _maxLength.TryGetValue(message.To.Channel, out var max) && max > 0
            ? TextSplitter.Split(message.Text, max)
            : [message.Text];
        // Check first: inside an explicit transaction a duplicate-key exception would roll the whole transaction back.
        if (message.DedupeKey is not null && Exists(message.DedupeKey))
        {
            return false;
        }

        var stored = new List<OutboxRecord>(parts.Count);
        try
        {
            for (var i = 0; i < parts.Count; i++)
            {
                // Buttons, files and photos belong to the last part, so they sit under the end of the text.
                var last = i == parts.Count - 1;
                var part = last ? message : message with { Buttons = [], File = null, PhotoRef = null };
                var record = OutboxRecord.From(part, parts[i], i == 0 ? key : $"{key}#{i}", now);
                _items.Insert(record);
                stored.Add(record);
            }
        }
        catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
        {
            return false;
        }

        _db.Signal(new OutboxStored(message.To.Channel, stored));
        return true;
    }

    public bool Exists(string dedupeKey) =>
        _items.Exists(Expressions.Of("$.DedupeKey = @0", dedupeKey));

    public IReadOnlyList<OutboxRecord> Pending(string channel) =>
        _items.Find(Expressions.Of("$.Queue = @0", channel)).ToList();

    public OutboxRecord? Find(long id) => _items.FindOne(Expressions.ById(id));

    public int PendingCount(string channel) => _items.Count(Expressions.Of("$.Queue = @0", channel));

    // A range (every queue name sorts after "") seeks the index; != would walk all of it, sent history included.
    public int PendingCount() => _items.Count(Expressions.Of("$.Queue > ''"));

    public void MarkSent(OutboxRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Status = OutboxStatus.Sent;
        record.Queue = "";
        record.SentAtUtc = _time.GetUtcNow().UtcDateTime;
        record.Attempts++;
        _items.Update(record);
    }

    public void MarkFailed(OutboxRecord record, string error)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.Status = OutboxStatus.Failed;
        record.Queue = "";
        record.LastError = error;
        record.Attempts++;
        _items.Update(record);
    }

    public void Reschedule(OutboxRecord record, DateTime nextAttemptUtc, string error, bool countAttempt)
    {
        ArgumentNullException.ThrowIfNull(record);
        Release(record.Id);
        record.NextAttemptAtUtc = nextAttemptUtc;
        record.LastError = error;
        if (countAttempt)
        {
            record.Attempts++;
        }

        _items.Update(record);
    }

    public IReadOnlyList<OutboxRecord> All() => _items.FindAll().ToList();

    /// <summary>Runs <paramref name="work"/> (marks, reschedules) as one transaction of the data file: one commit.</summary>
    public void InTransaction(Action work) => _db.InTransaction(work);

    public int DeleteFinished(DateTime createdBeforeUtc, int max) =>
        LiteDbPruning.DeleteOldest(_db, _items, r => r.Id, r => r.CreatedAtUtc < createdBeforeUtc,
            r => r.Status is OutboxStatus.Sent or OutboxStatus.Failed, max);
}
