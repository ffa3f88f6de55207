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

    private readonly Dictionary<long, Send> _sends = new();
    private readonly Dictionary<string, DateTimeOffset> _heldUntil = new();

    /// <summary>
    /// When the rules may let <paramref name="entry"/> go, as far as the ledger's last refusals tell
    /// (<paramref name="now"/> if nothing is known to hold it): only a take decides.
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
    /// Takes the permits of a send of <paramref name="first"/> (and the channel-wide ones of its batch) starting at
    /// <paramref name="now"/>, all or none; when refused, <paramref name="notBefore"/> is when the ledger would allow them.
    /// </summary>
    public bool TryStart(OutboxEntry first, DateTimeOffset now, out DateTimeOffset notBefore)
    {
        var checks = Checks(first, includeChannel: true).ToList();
        var take = checks.Count == 0 ? RateTake.Granted(now) : ledger.TryTake(limits.Channel, checks, now);
        notBefore = take.NotBefore;
        if (!take.Taken)
        {
            Remember(take, now);
            return false;
        }

        var send = new Send(now);
        send.Join(first, checks);
        _sends[first.Id] = send;
        return true;
    }

    /// <summary>
    /// Takes the chat permits of each of <paramref name="candidates"/> to join <paramref name="first"/>'s send (one call
    /// to the ledger for all); returns those that got them, in order. The others stay where they were.
    /// </summary>
    public List<OutboxEntry> Join(OutboxEntry first, IReadOnlyList<OutboxEntry> candidates, DateTimeOffset now)
    {
        var send = _sends[first.Id];
        var checks = candidates.Select(c => (IReadOnlyList<(string Key, RateRule Rule)>)Checks(c, includeChannel: false).ToList()).ToList();
        var takes = checks.All(c => c.Count == 0)
            ? checks.Select(_ => RateTake.Granted(now)).ToList()
            : ledger.TryTakeEach(limits.Channel, checks, now);
        var joined = new List<OutboxEntry>();
        for (var i = 0; i < candidates.Count; i++)
        {
            if (!takes[i].Taken)
            {
                Remember(takes[i], now);
                continue;
            }

            send.Join(candidates[i], checks[i]);
            _sends[candidates[i].Id] = send;
            joined.Add(candidates[i]);
        }

        return joined;
    }

    /// <summary>
    /// The entry's send finished: once every entry of its batch has, their permits count from
    /// <paramref name="now"/>, the completion (see <see cref="SlidingLogLimiter"/>), moved in one call to the ledger.
    /// </summary>
    public void Completed(OutboxEntry entry, DateTimeOffset now)
    {
        if (_sends.Remove(entry.Id, out var send) && send.Finish(entry) && send.Checks.Count > 0)
        {
            ledger.Extend(limits.Channel, send.Checks, send.At, now);
        }
    }

    private void Remember(RateTake refused, DateTimeOffset now)
    {
        if (_heldUntil.Count >= MaxHeld)
        {
            foreach (var stale in _heldUntil.Where(h => h.Value <= now).Select(h => h.Key).ToList())
            {
                _heldUntil.Remove(stale);
            }
        }

        foreach (var (key, until) in refused.Held)
        {
            _heldUntil[key] = until;
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

    /// <summary>One platform call's permits: taken together at <see cref="At"/>, moved together when all its entries finished.</summary>
    private sealed class Send(DateTimeOffset at)
    {
        private readonly HashSet<long> _waiting = [];

        public DateTimeOffset At { get; } = at;

        /// <summary>Every permit of the call, one per key (the members' chats differ).</summary>
        public List<(string Key, RateRule Rule)> Checks { get; } = [];

        public void Join(OutboxEntry entry, IEnumerable<(string Key, RateRule Rule)> checks)
        {
            _waiting.Add(entry.Id);
            Checks.AddRange(checks);
        }

        /// <summary>True once the last entry of the call finished.</summary>
        public bool Finish(OutboxEntry entry) => _waiting.Remove(entry.Id) && _waiting.Count == 0;
    }
}
