using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>
/// Sends one channel's pending outbox messages: interactive before bulk, one request at a time per chat (so split
/// messages arrive in order), the channel's rolling limits applied before sending, a platform's retry-after honoured
/// for that chat only, transient faults retried with exponential backoff, permanent refusals recorded.
/// All bookkeeping happens on the dispatcher's loop; sends run concurrently up to the channel's limit.
/// </summary>
public sealed class OutboxDispatcher
{
    private const int MaxBatchScan = 5000;

    private readonly IChannelSender _sender;
    private readonly ChannelLimits _limits;
    private readonly LiteDbOutbox _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly OutboxOptions _options;
    private readonly SortedSet<OutboxEntry> _pending = new(OutboxEntry.Order);
    private readonly HashSet<long> _known = [];
    private readonly Dictionary<string, DateTimeOffset> _blockedUntil = new();
    private readonly HashSet<string> _busyChats = [];
    private readonly ConcurrentQueue<(OutboxEntry Entry, SendResult Result)> _done = new();
    private readonly System.Threading.Channels.Channel<bool> _wake =
        System.Threading.Channels.Channel.CreateBounded<bool>(new System.Threading.Channels.BoundedChannelOptions(1)
        {
            FullMode = System.Threading.Channels.BoundedChannelFullMode.DropWrite,
        });
    private readonly SlidingLogLimiter _limiter = new();
    private readonly Dictionary<long, (DateTimeOffset At, bool Channel)> _startedAt = new();
    private int _inFlight;

    public OutboxDispatcher(IChannelSender sender, ChannelLimits limits, LiteDbOutbox store, TimeProvider time, ILogger logger, OutboxOptions options)
    {
        _sender = sender;
        _limits = limits;
        _store = store;
        _time = time;
        _logger = logger;
        _options = options;
    }

    public string Channel => _sender.Channel;

    /// <summary>Told of each send's outcome (for <c>/health</c>); set before the loop runs.</summary>
    public ChannelActivity? Activity { get; set; }

    /// <summary>Messages known to be pending or in flight on this dispatcher.</summary>
    public int Outstanding => Volatile.Read(ref _pendingCount) + Volatile.Read(ref _inFlight);

    private int _pendingCount;

    /// <summary>
    /// Hands the loop records just committed to the store (<see cref="OutboxStored"/>), so it need not read them
    /// back. What was stored before the loop started it reads at start; the periodic rescan catches anything missed.
    /// </summary>
    public void Offer(IReadOnlyList<OutboxRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        foreach (var r in records)
        {
            _offered.Enqueue(r);
        }

        _wake.Writer.TryWrite(true);
    }

    private readonly System.Collections.Concurrent.ConcurrentQueue<OutboxRecord> _offered = new();

    private void LoadOffered()
    {
        if (_offered.IsEmpty)
        {
            return;
        }

        var records = new List<OutboxRecord>();
        while (_offered.TryDequeue(out var r))
        {
            records.Add(r);
        }

        Load(records);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        Load(_store.Pending(Channel));
        var lastRescan = _time.GetUtcNow();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                DrainCompletions();
                LoadOffered();
                var now = _time.GetUtcNow();
                if (now - lastRescan >= _options.RescanInterval)
                {
                    Load(_store.Pending(Channel));
                    lastRescan = now;
                }

                Volatile.Write(ref _pendingCount, _pending.Count);
                var nextWake = StartDueSends(now, lastRescan + _options.RescanInterval);
                await WaitAsync(nextWake - _time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                // The loop must survive anything (a locked data file, a bug in a sender); cool down and go on.
                _logger.LogError(e, "Outbox dispatcher for {Channel} failed; retrying in 1 s", Channel);
                await Task.Delay(TimeSpan.FromSeconds(1), _time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private void Load(IReadOnlyList<OutboxRecord> records)
    {
        foreach (var r in records)
        {
            if (r.Status == OutboxStatus.Pending && _known.Add(r.Id))
            {
                _pending.Add(new OutboxEntry(r));
            }
        }
    }

    private DateTimeOffset StartDueSends(DateTimeOffset now, DateTimeOffset nextWake)
    {
        var seenChats = new HashSet<string>();
        var started = new List<OutboxEntry>();
        foreach (var entry in _pending)
        {
            if (_inFlight + started.Count >= _limits.MaxConcurrency)
            {
                break;
            }

            // Only the first pending message of each chat is a candidate: this keeps each chat's order.
            if (!seenChats.Add(entry.ChatKey) || _busyChats.Contains(entry.ChatKey))
            {
                continue;
            }

            var due = Due(entry);
            var allowed = _limiter.EarliestAllowed(Checks(entry, includeChannel: true), now);
            if (allowed > due)
            {
                due = allowed;
            }

            if (due > now)
            {
                nextWake = due < nextWake ? due : nextWake;
                continue;
            }

            var batch = new List<OutboxEntry> { entry };
            if (entry.BatchKey is not null && _limits.MaxBatchSize > 1)
            {
                CollectBatch(entry, batch, seenChats, now);
            }

            _limiter.Record(Checks(entry, includeChannel: true), now);
            _startedAt[entry.Id] = (now, true);
            foreach (var member in batch)
            {
                if (!ReferenceEquals(member, entry))
                {
                    _limiter.Record(Checks(member, includeChannel: false), now);
                    _startedAt[member.Id] = (now, false);
                }

                _busyChats.Add(member.ChatKey);
            }

            started.AddRange(batch);
            Interlocked.Add(ref _inFlight, batch.Count);
            _ = SendAsync(batch);
        }

        foreach (var e in started)
        {
            _pending.Remove(e);
        }

        return nextWake;
    }

    private void CollectBatch(OutboxEntry first, List<OutboxEntry> batch, HashSet<string> seenChats, DateTimeOffset now)
    {
        var passed = new HashSet<string>();
        var scanned = 0;
        foreach (var other in _pending.GetViewBetween(first, _pending.Max!))
        {
            if (batch.Count >= _limits.MaxBatchSize || ++scanned > MaxBatchScan)
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
                || _limiter.EarliestAllowed(Checks(other, includeChannel: false), now) > now)
            {
                continue;
            }

            seenChats.Add(other.ChatKey);
            batch.Add(other);
        }
    }

    private DateTimeOffset Due(OutboxEntry entry) =>
        _blockedUntil.TryGetValue(entry.ChatKey, out var until) && until > entry.NextAttempt ? until : entry.NextAttempt;

    private IEnumerable<(string Key, RateRule Rule)> Checks(OutboxEntry entry, bool includeChannel)
    {
        for (var i = 0; i < _limits.Rules.Count; i++)
        {
            var rule = _limits.Rules[i];
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

    private async Task SendAsync(List<OutboxEntry> batch)
    {
        IReadOnlyList<SendResult> results;
        try
        {
            var messages = new List<OutgoingMessage>(batch.Count);
            foreach (var e in batch)
            {
                var record = e.Loaded ?? _store.Find(e.Id) ?? throw new InvalidOperationException($"outbox record {e.Id} vanished");
                messages.Add(record.ToMessage());
            }

            results = batch.Count == 1
                ? [await _sender.SendAsync(messages[0], CancellationToken.None).ConfigureAwait(false)]
                : await _sender.SendBatchAsync(messages, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            results = batch.Select(_ => SendResult.Fault($"{e.GetType().Name}: {e.Message}")).ToList();
        }

        for (var i = 0; i < batch.Count; i++)
        {
            _done.Enqueue((batch[i], i < results.Count ? results[i] : SendResult.Fault("no result")));
        }

        _wake.Writer.TryWrite(true);
    }

    private void DrainCompletions()
    {
        if (_done.IsEmpty)
        {
            return;
        }

        // One commit for every completion drained together (a commit per message cost as much as the rest of the send).
        _store.InTransaction(DrainCompletionsNow);
    }

    private void DrainCompletionsNow()
    {
        while (_done.TryDequeue(out var item))
        {
            var (entry, result) = item;
            if (_startedAt.Remove(entry.Id, out var started))
            {
                // The permits this send took count from its completion (see SlidingLogLimiter).
                _limiter.Extend(Checks(entry, started.Channel), started.At, _time.GetUtcNow());
            }

            _busyChats.Remove(entry.ChatKey);
            Interlocked.Decrement(ref _inFlight);
            Complete(entry, result);
        }
    }

    private void Complete(OutboxEntry entry, SendResult result)
    {
        // Only this dispatcher changes its channel's records, so the copy loaded with the entry is current.
        var record = entry.Loaded ?? _store.Find(entry.Id);
        if (record is null)
        {
            _known.Remove(entry.Id);
            return;
        }

        var now = _time.GetUtcNow();
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                Activity?.Succeeded(Channel, now);
                _store.MarkSent(record);
                _known.Remove(entry.Id);
                break;
            case SendOutcome.Permanent:
                Activity?.Failed(Channel, now, result.Error);
                _logger.LogWarning("Outbox {Id} to {Chat} refused for good: {Error}", entry.Id, entry.ChatKey, result.Error);
                _store.MarkFailed(record, result.Error ?? "refused");
                _known.Remove(entry.Id);
                break;
            case SendOutcome.Throttled:
                var wait = result.RetryAfter ?? TimeSpan.FromSeconds(1);
                _blockedUntil[entry.ChatKey] = now + wait;
                entry.NextAttempt = now + wait;
                _store.Reschedule(record, entry.NextAttempt.UtcDateTime, result.Error ?? "throttled", countAttempt: false);
                _pending.Add(entry);
                _logger.LogInformation("Outbox {Chat} throttled by the platform; waiting {Seconds} s", entry.ChatKey, wait.TotalSeconds);
                break;
            default:
                if (record.Attempts + 1 >= _options.MaxAttempts)
                {
                    _logger.LogError("Outbox {Id} to {Chat} given up after {Attempts} attempts: {Error}", entry.Id, entry.ChatKey, record.Attempts + 1, result.Error);
                    _store.MarkFailed(record, result.Error ?? "failed");
                    _known.Remove(entry.Id);
                    break;
                }

                var delay = Backoff(record.Attempts);
                entry.NextAttempt = now + delay;
                _store.Reschedule(record, entry.NextAttempt.UtcDateTime, result.Error ?? "failed", countAttempt: true);
                _pending.Add(entry);
                _logger.LogWarning("Outbox {Id} to {Chat} failed ({Error}); retry in {Delay}", entry.Id, entry.ChatKey, result.Error, delay);
                break;
        }
    }

    private TimeSpan Backoff(int attempts)
    {
        var ticks = _options.FirstRetryDelay.Ticks * Math.Pow(2, Math.Min(attempts, 20));
        return TimeSpan.FromTicks((long)Math.Min(ticks, _options.MaxRetryDelay.Ticks));
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (_done.IsEmpty is false || _offered.IsEmpty is false)
        {
            return;
        }

        if (delay <= TimeSpan.Zero)
        {
            return;
        }

        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var wake = _wake.Reader.WaitToReadAsync(cts.Token).AsTask();
        var timer = Task.Delay(delay, _time, cts.Token);
        await Task.WhenAny(wake, timer).ConfigureAwait(false);
        await cts.CancelAsync().ConfigureAwait(false);
        while (_wake.Reader.TryRead(out _))
        {
        }

        cancellationToken.ThrowIfCancellationRequested();
    }
}
