using Bot.Core.Storage;

namespace Bot.Core.Messaging;

/// <summary>
/// <see cref="IOutboxStore.Claim"/> on LiteDB. The data file is opened by one process only (exclusive connection, and
/// the host's lock file), so no other host can take a message: the claims live in this process's memory and vanish at a
/// restart, which is what a lapsed lease means anyway. The rules are those of the PostgreSQL outbox.
/// </summary>
public sealed partial class LiteDbOutbox
{
    private readonly Dictionary<long, (string Channel, string By, DateTime Until)> _claims = [];
    private readonly Lock _claimGate = new();

    public IReadOnlyList<OutboxRecord> Claim(string channel, string claimant, int max, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrEmpty(claimant);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var now = _time.GetUtcNow().UtcDateTime;
        var pending = Pending(channel);
        lock (_claimGate)
        {
            // Claims of messages no longer pending end here (a send's outcome); other channels' claims are theirs.
            var stillPending = pending.Select(r => r.Id).ToHashSet();
            foreach (var id in _claims.Where(c => c.Value.Channel == channel && !stillPending.Contains(c.Key)).Select(c => c.Key).ToList())
            {
                _claims.Remove(id);
            }

            var claimed = new List<OutboxRecord>();
            foreach (var chat in pending.GroupBy(r => r.ChatId, StringComparer.Ordinal))
            {
                if (chat.Any(r => _claims.TryGetValue(r.Id, out var c) && c.Until > now))
                {
                    continue;
                }

                var head = chat.OrderBy(r => r.Priority).ThenBy(r => r.Id).First();
                if (head.NextAttemptAtUtc <= now)
                {
                    claimed.Add(head);
                }
            }

            var taken = claimed.OrderBy(r => r.Priority).ThenBy(r => r.Id).Take(max).ToList();
            foreach (var r in taken)
            {
                _claims[r.Id] = (channel, claimant, now + lease);
            }

            return taken;
        }
    }

    public int RenewClaims(string channel, string claimant, IReadOnlyCollection<long> ids, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrEmpty(claimant);
        ArgumentNullException.ThrowIfNull(ids);
        var until = _time.GetUtcNow().UtcDateTime + lease;
        var pending = _items.Query().Where(Expressions.Of("$.Queue = @0", channel)).Select(x => x.Id).ToEnumerable().ToHashSet();
        lock (_claimGate)
        {
            var mine = ids.Where(id => pending.Contains(id) && _claims.TryGetValue(id, out var c) && c.Channel == channel && c.By == claimant).ToList();
            foreach (var id in mine)
            {
                _claims[id] = (channel, claimant, until);
            }

            return mine.Count;
        }
    }

    private void Release(long id)
    {
        lock (_claimGate)
        {
            _claims.Remove(id);
        }
    }
}
