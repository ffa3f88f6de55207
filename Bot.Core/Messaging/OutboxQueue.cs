namespace Bot.Core.Messaging;

/// <summary>
/// What a dispatcher sends next: its channel's pending entries, interactive before bulk and oldest first; only the first
/// pending message of a chat, and only while no send to that chat is in flight (so each chat's messages keep their
/// order); not before the entry's next attempt, a platform's hold on its chat or the rate gate allow; like messages
/// to other chats joined into one batch. The gate's take right before a send is the final word (another host may have
/// taken the permits): an entry it refuses stays pending as it was, due when the gate says. Not thread-safe: used only
/// on its dispatcher's loop.
/// </summary>
internal sealed class OutboxQueue(ChannelLimits limits, OutboxRateGate gate)
{
    private const int MaxBatchScan = 5000;

    private readonly SortedSet<OutboxEntry> _pending = new(OutboxEntry.Order);
    private readonly HashSet<long> _known = [];
    private readonly Dictionary<string, DateTimeOffset> _blockedUntil = new();
    private readonly HashSet<string> _busyChats = [];

    /// <summary>Entries waiting to be sent (not those in flight).</summary>
    public int Count => _pending.Count;

    /// <summary>The ids of every entry held, waiting or in flight: the dispatcher's claims.</summary>
    public IReadOnlyCollection<long> Held => _known;

    /// <summary>Adds the pending records not known yet (in the queue or in flight).</summary>
    public void Load(IReadOnlyList<OutboxRecord> records)
    {
        foreach (var r in records)
        {
            if (r.Status == OutboxStatus.Pending && _known.Add(r.Id))
            {
                _pending.Add(new OutboxEntry(r));
            }
        }
    }

    /// <summary>
    /// Takes every batch that may start at <paramref name="now"/> and hands each to <paramref name="start"/>, while
    /// <paramref name="inFlight"/> plus what this call took stays under the channel's concurrency; returns the earlier
    /// of <paramref name="nextWake"/> and the time the first entry held back becomes due.
    /// </summary>
    public DateTimeOffset StartDue(DateTimeOffset now, DateTimeOffset nextWake, Func<int> inFlight, Action<List<OutboxEntry>> start)
    {
        var seenChats = new HashSet<string>();
        var started = new List<OutboxEntry>();
        try
        {
            foreach (var entry in _pending)
            {
                if (inFlight() + started.Count >= limits.MaxConcurrency)
                {
                    break;
                }

                // Only the first pending message of each chat is a candidate: this keeps each chat's order.
                if (!seenChats.Add(entry.ChatKey) || _busyChats.Contains(entry.ChatKey))
                {
                    continue;
                }

                var due = Due(entry);
                var allowed = gate.EarliestAllowed(entry, includeChannel: true, now);
                if (allowed > due)
                {
                    due = allowed;
                }

                // The take is the final word (another host may have taken the permits): refused, the entry stays
                // pending as it was, due when the ledger says.
                if (due > now || !gate.TryStart(entry, now, out due))
                {
                    nextWake = due < nextWake ? due : nextWake;
                    continue;
                }

                var batch = new List<OutboxEntry> { entry };
                if (entry.BatchKey is not null && limits.MaxBatchSize > 1)
                {
                    CollectBatch(entry, batch, seenChats, now);
                }

                foreach (var member in batch)
                {
                    _busyChats.Add(member.ChatKey);
                }

                started.AddRange(batch);
                start(batch);
            }
        }
        finally
        {
            // Also when a take failed (the database unreachable): what started is in flight, no longer pending.
            foreach (var e in started)
            {
                _pending.Remove(e);
            }
        }

        return nextWake;
    }

    /// <summary>A send to the entry's chat has finished: the chat's next message may go.</summary>
    public void Finished(OutboxEntry entry) => _busyChats.Remove(entry.ChatKey);

    /// <summary>The entry is sent, failed or gone: a later scan that still sees it pending may load it again.</summary>
    public void Forget(OutboxEntry entry) => _known.Remove(entry.Id);

    /// <summary>Holds every message to the chat until <paramref name="until"/> (a platform's retry-after).</summary>
    public void Hold(string chatKey, DateTimeOffset until) => _blockedUntil[chatKey] = until;

    private void CollectBatch(OutboxEntry first, List<OutboxEntry> batch, HashSet<string> seenChats, DateTimeOffset now)
    {
        var passed = new HashSet<string>();
        var candidates = new List<OutboxEntry>();
        var scanned = 0;
        foreach (var other in _pending.GetViewBetween(first, _pending.Max!))
        {
            if (batch.Count + candidates.Count >= limits.MaxBatchSize || ++scanned > MaxBatchScan)
            {
                break;
            }

            if (ReferenceEquals(other, first))
            {
                continue;
            }

            var firstOfChat = passed.Add(other.ChatKey) && !seenChats.Contains(other.ChatKey);
            // Like with like only: a sender batches private chats; one group in a batch would make it send one by one.
            if (!firstOfChat || other.BatchKey != first.BatchKey || other.Text != first.Text || other.Language != first.Language || other.Kind != first.Kind
                || _busyChats.Contains(other.ChatKey) || Due(other) > now
                || gate.EarliestAllowed(other, includeChannel: false, now) > now)
            {
                continue;
            }

            candidates.Add(other);
        }

        // One take for all of them; one whose chat is full (another host sent there) stays pending.
        foreach (var member in gate.Join(first, candidates, now))
        {
            seenChats.Add(member.ChatKey);
            batch.Add(member);
        }
    }

    private DateTimeOffset Due(OutboxEntry entry) =>
        _blockedUntil.TryGetValue(entry.ChatKey, out var until) && until > entry.NextAttempt ? until : entry.NextAttempt;
}
