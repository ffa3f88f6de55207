namespace Bot.Core.Messaging;

/// <summary>
/// <see cref="IOutboxStore.Claim"/> on LiteDB. The data file is opened by one process only (exclusive connection, and
/// the host's lock file), so no other host can take a message: the claims live in this process's memory and vanish at a
/// restart, which is what a lapsed lease means anyway. The rules are those of the PostgreSQL outbox.
/// </summary>
public sealed partial class LiteDbOutbox
{
    private readonly Dictionary<long, (string By, DateTime Until)> _claims = [];
    private readonly Lock _claimGate = new();

    public IReadOnlyList<OutboxRecord> Claim(string channel, string claimant, int max, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrEmpty(claimant);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        var now = _time.GetUtcNow().UtcDateTime;
        var pending = Pending(channel);
        lock (_claimGate)
        {
            var stillPending = pending.Select(r => r.Id).ToHashSet();
            foreach (var id in _claims.Keys.Where(id => !stillPending.Contains(id)).ToList())
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
                _claims[r.Id] = (claimant, now + lease);
            }

            return taken;
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
