using Bot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Messaging;

/// <summary>
/// Keeps the data file from growing without end: deletes handled inbox records older than
/// <see cref="StorageOptions.KeepInboxFor"/> and sent or failed outbox records older than
/// <see cref="StorageOptions.KeepOutboxFor"/>. Walks each collection from its oldest record (ids grow with time) and
/// stops at the first one inside the window, so a run reads little more than what it deletes; deletes in chunks of
/// <see cref="Chunk"/>, one transaction each, so message handling is never held up for long. Unhandled and pending
/// records are never deleted. Features keep their own records (sign-ins, notices, requests): those are the district's
/// history, not plumbing.
/// </summary>
public sealed class HistoryPruner(BotDatabase db, TimeProvider time, IOptions<StorageOptions> options, ILogger<HistoryPruner> logger)
{
    public const int Chunk = 500;

    /// <summary>Deletes what is past its keeping time; returns how many inbox and outbox records went.</summary>
    public (int Inbox, int Outbox) Run()
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = time.GetUtcNow().UtcDateTime;
        var o = options.Value;
        var inbox = Prune(db.Collection<InboxRecord>("inbox"), r => r.Id, r => r.ReceivedAtUtc < now - o.KeepInboxFor, r => r.Handled);
        var outbox = Prune(db.Collection<OutboxRecord>("outbox"), r => r.Id, r => r.CreatedAtUtc < now - o.KeepOutboxFor,
            r => r.Status is OutboxStatus.Sent or OutboxStatus.Failed);
        if (inbox + outbox > 0)
        {
            logger.LogInformation("Deleted {Inbox} inbox and {Outbox} outbox records past their keeping time", inbox, outbox);
        }

        return (inbox, outbox);
    }

    private int Prune<T>(ILiteCollection<T> items, Func<T, long> id, Func<T, bool> old, Func<T, bool> done)
    {
        var deleted = 0;
        long after = 0;
        while (true)
        {
            var page = items.Find(Expressions.Of("$._id > @0", after), 0, Chunk).OrderBy(id).ToList();
            if (page.Count == 0)
            {
                return deleted;
            }

            var expired = page.TakeWhile(old).ToList();
            var ids = expired.Where(done).Select(id).ToList();
            if (ids.Count > 0)
            {
                db.InTransaction(() =>
                {
                    foreach (var i in ids)
                    {
                        items.Delete(i);
                    }
                });
                deleted += ids.Count;
            }

            if (expired.Count < page.Count)
            {
                return deleted;
            }

            after = id(page[^1]);
        }
    }
}
