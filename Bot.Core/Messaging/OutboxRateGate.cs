namespace Bot.Core.Messaging;

/// <summary>
/// A channel's rolling-window limits as they apply to one outbox entry: which rules hold it back, the permits a send
/// takes when it starts, and moving those permits to the send's completion (see <see cref="SlidingLogLimiter"/>).
/// A batch's first message takes the channel-wide permit for the whole call; every member takes its chat's permits.
/// The permits live in the <see cref="IRateLedger"/>, shared by every host on a PostgreSQL database: a take is atomic
/// and may be refused because another host took permits. A refusal says until when each key is full; the gate
/// remembers that (a lower bound: other hosts only ever add permits), so an entry held back asks the ledger again only
/// once that time has come. Not thread-safe: used only on its dispatcher's loop.
/// </summary>
internal sealed class OutboxRateGate(ChannelLimits limits, IRateLedger ledger)
{
    private const int MaxHeld = 4096;

    private readonly Dictionary<long, (DateTimeOffset At, bool Channel)> _startedAt = new();
    private readonly Dictionary<string, DateTimeOffset> _heldUntil = new();

    /// <summary>
    /// When the rules may let <paramref name="entry"/> go, as far as the ledger's last refusals tell
    /// (<paramref name="now"/> if nothing is known to hold it): only <see cref="TryTake"/> decides.
    /// </summary>
    public DateTimeOffset EarliestAllowed(OutboxEntry entry, bool includeChannel, DateTimeOffset now)
    {
        var earliest = now;
        foreach (var (key, _) in Checks(entry, includeChannel))
        {
            if (_heldUntil.TryGetValue(key, out var until) && until > earliest)
            {
                earliest = until;
            }
        }

        return earliest;
    }

    /// <summary>
    /// Takes the permits of a send starting at <paramref name="now"/>, all or none; when refused,
    /// <paramref name="notBefore"/> is when the ledger would allow them.
    /// </summary>
    public bool TryTake(OutboxEntry entry, bool includeChannel, DateTimeOffset now, out DateTimeOffset notBefore)
    {
        var checks = Checks(entry, includeChannel).ToList();
        var take = checks.Count == 0 ? RateTake.Granted(now) : ledger.TryTake(limits.Channel, checks, now);
        notBefore = take.NotBefore;
        if (take.Taken)
        {
            _startedAt[entry.Id] = (now, includeChannel);
            return true;
        }

        if (_heldUntil.Count >= MaxHeld)
        {
            foreach (var stale in _heldUntil.Where(h => h.Value <= now).Select(h => h.Key).ToList())
            {
                _heldUntil.Remove(stale);
            }
        }

        foreach (var (key, until) in take.Held)
        {
            _heldUntil[key] = until;
        }

        return false;
    }

    /// <summary>The permits this send took count from its completion (see <see cref="SlidingLogLimiter"/>).</summary>
    public void Completed(OutboxEntry entry, DateTimeOffset now)
    {
        if (_startedAt.Remove(entry.Id, out var started) && Checks(entry, started.Channel).ToList() is { Count: > 0 } checks)
        {
            ledger.Extend(limits.Channel, checks, started.At, now);
        }
    }

    private IEnumerable<(string Key, RateRule Rule)> Checks(OutboxEntry entry, bool includeChannel)
    {
        for (var i = 0; i < limits.Rules.Count; i++)
        {
            var rule = limits.Rules[i];
            var applies = rule.Scope switch
            {
                RateScope.Channel => includeChannel,
                RateScope.PrivateChat => entry.Kind == ChatKind.Private,
                RateScope.GroupChat => entry.Kind == ChatKind.Group,
                _ => false,
            };
            if (applies)
            {
                yield return (rule.Scope == RateScope.Channel ? $"#{i}" : $"#{i}:{entry.ChatKey}", rule);
            }
        }
    }
}
