using Bot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Messaging;

/// <summary>
/// Keeps the store from growing without end: deletes handled inbox records older than
/// <see cref="StorageOptions.KeepInboxFor"/> and sent or failed outbox records older than
/// <see cref="StorageOptions.KeepOutboxFor"/>, through the stores (<see cref="IInboxStore.DeleteHandled"/>,
/// <see cref="IOutboxStore.DeleteFinished"/>), so on either backend. Deletes in chunks of <see cref="Chunk"/>, one
/// transaction each, so message handling is never held up for long. Unhandled and pending records are never deleted.
/// Features keep their own records (sign-ins, notices, requests): those are the district's history, not plumbing.
/// </summary>
public sealed class HistoryPruner(IInboxStore inboxStore, IOutboxStore outboxStore, TimeProvider time, IOptions<StorageOptions> options,
    ILogger<HistoryPruner> logger)
{
    public const int Chunk = 500;

    /// <summary>Deletes what is past its keeping time; returns how many inbox and outbox records went.</summary>
    public (int Inbox, int Outbox) Run()
    {
        ArgumentNullException.ThrowIfNull(options);
        var now = time.GetUtcNow().UtcDateTime;
        var o = options.Value;
        var inbox = InChunks(max => inboxStore.DeleteHandled(now - o.KeepInboxFor, max));
        var outbox = InChunks(max => outboxStore.DeleteFinished(now - o.KeepOutboxFor, max));
        if (inbox + outbox > 0)
        {
            logger.LogInformation("Deleted {Inbox} inbox and {Outbox} outbox records past their keeping time", inbox, outbox);
        }

        return (inbox, outbox);
    }

    private static int InChunks(Func<int, int> delete)
    {
        var total = 0;
        while (true)
        {
            var deleted = delete(Chunk);
            total += deleted;
            if (deleted < Chunk)
            {
                return total;
            }
        }
    }
}
