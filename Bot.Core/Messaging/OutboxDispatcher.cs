using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Messaging;

/// <summary>
/// Sends one channel's pending outbox messages: interactive before bulk, one request at a time per chat (so split
/// messages arrive in order), the channel's rolling limits applied before sending, a platform's retry-after honoured
/// for that chat only, transient faults retried with exponential backoff, permanent refusals recorded.
/// This type owns the loop and its lifetime; what goes next is <see cref="OutboxQueue"/>'s, the limits
/// <see cref="OutboxRateGate"/>'s, and what becomes of an outcome <see cref="OutboxRetryPolicy"/>'s.
/// All bookkeeping happens on the dispatcher's loop; sends run concurrently up to the channel's limit.
/// It sends only what it claimed (<see cref="IOutboxStore.Claim"/>, for <see cref="OutboxOptions.ClaimLease"/>), so
/// dispatchers of several hosts on one database never send one message twice (unless a host dies mid-send and its
/// lease lapses) and each chat still has one message in flight at a time. It claims at start, when something was
/// stored or a send finished, when a record put back for later is due, and every <see cref="OutboxOptions.RescanInterval"/>.
/// While it holds claims (queued or in flight) it renews them every <see cref="OutboxOptions.ClaimRenewInterval"/>
/// (<see cref="IOutboxStore.RenewClaims"/>), so the lease can be short: a dead host's claims lapse soon, a living one's
/// never do, however long a send or the wait for the rate limits takes.
/// </summary>
public sealed class OutboxDispatcher
{
    private readonly IChannelSender _sender;
    private readonly IOutboxStore _store;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly OutboxOptions _options;
    private readonly OutboxRateGate _gate;
    private readonly OutboxQueue _queue;
    private readonly OutboxRetryPolicy _retries;
    private readonly ConcurrentQueue<(OutboxEntry Entry, SendResult Result)> _done = new();
    private readonly string _claimant = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly int _claimAhead;
    private volatile bool _claimWanted = true;
    private DateTimeOffset _claimAt = DateTimeOffset.MaxValue;
    private DateTimeOffset _renewAt = DateTimeOffset.MaxValue;
    private readonly Channel<bool> _wake = System.Threading.Channels.Channel.CreateBounded<bool>(new BoundedChannelOptions(1)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
    });

    private int _inFlight;
    private int _pendingCount;

    /// <param name="ledger">Where the rate limits' permits are kept; by default in this dispatcher's memory.</param>
    public OutboxDispatcher(IChannelSender sender, ChannelLimits limits, IOutboxStore store, TimeProvider time, ILogger logger, OutboxOptions options,
        IRateLedger? ledger = null)
    {
        ArgumentNullException.ThrowIfNull(sender);
        _sender = sender;
        _store = store;
        _time = time;
        _logger = logger;
        _options = options;
        _gate = new OutboxRateGate(limits, ledger ?? new InMemoryRateLedger());
        _queue = new OutboxQueue(limits, _gate);
        // Enough claimed ahead to fill the channel's concurrency with full batches, and no more than the rate limits
        // can send well within a lease.
        _claimAhead = Math.Max(ClaimAhead, limits.MaxConcurrency * limits.MaxBatchSize);
        _retries = new OutboxRetryPolicy(sender.Channel, store, _queue, time, logger, options);
    }

    public string Channel => _sender.Channel;

    /// <summary>Told of each send's outcome (for <c>/health</c>); set before the loop runs.</summary>
    public ChannelActivity? Activity { get; set; }

    /// <summary>Messages known to be pending or in flight on this dispatcher.</summary>
    public int Outstanding => Volatile.Read(ref _pendingCount) + Volatile.Read(ref _inFlight);

    /// <summary>The most messages a dispatcher holds claimed and not yet sent (at least one full round of batches).</summary>
    public const int ClaimAhead = 256;

    /// <summary>
    /// Tells the loop that records were just committed to the store (<see cref="OutboxStored"/>): it claims what may
    /// be sent. What was stored before the loop started it claims at start; the periodic claim catches anything missed.
    /// </summary>
    public void Offer(IReadOnlyList<OutboxRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        _claimWanted = true;
        _wake.Writer.TryWrite(true);
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var lastRescan = _time.GetUtcNow();
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                DrainCompletions();
                var now = _time.GetUtcNow();
                if (now - lastRescan >= _options.RescanInterval || now >= _claimAt)
                {
                    _claimWanted = true;
                    lastRescan = now;
                }

                ClaimIfWanted(now);
                RenewIfDue(now);
                Volatile.Write(ref _pendingCount, _queue.Count);
                var nextWake = _queue.StartDue(now, lastRescan + _options.RescanInterval, () => _inFlight, Start);
                nextWake = _claimAt < nextWake ? _claimAt : nextWake;
                nextWake = _renewAt < nextWake ? _renewAt : nextWake;
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

    private void ClaimIfWanted(DateTimeOffset now)
    {
        if (!_claimWanted)
        {
            return;
        }

        var room = _claimAhead - _queue.Count - Volatile.Read(ref _inFlight);
        if (room > 0)
        {
            _queue.Load(_store.Claim(Channel, _claimant, room, _options.ClaimLease));
        }

        // Cleared once claimed: a claim that failed (the store unreachable) is tried again after the loop's pause.
        _claimWanted = false;
        if (now >= _claimAt)
        {
            _claimAt = DateTimeOffset.MaxValue;
        }
    }

    private void RenewIfDue(DateTimeOffset now)
    {
        if (_queue.Held.Count == 0)
        {
            // Nothing held, nothing to renew (a claim ended by a send's outcome needs no renewal).
            _renewAt = DateTimeOffset.MaxValue;
            return;
        }

        if (_renewAt == DateTimeOffset.MaxValue)
        {
            // The claims were just taken (holding started with this loop turn's claim): a full lease is ahead of them.
            _renewAt = now + _options.ClaimRenewInterval;
            return;
        }

        if (now >= _renewAt)
        {
            // A failed renewal throws before the next time is set, so it is tried again after the loop's pause.
            // Only what it still holds: a claim it lost track of (its outcome's transaction failed) lapses and is claimed again.
            _store.RenewClaims(Channel, _claimant, _queue.Held, _options.ClaimLease);
            _renewAt = now + _options.ClaimRenewInterval;
        }
    }

    private void Start(List<OutboxEntry> batch)
    {
        Interlocked.Add(ref _inFlight, batch.Count);
        _ = SendAsync(batch);
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
        // Each finished send ended a claim: its chat's next message may be claimed now.
        _claimWanted = true;
    }

    private void DrainCompletionsNow()
    {
        while (_done.TryDequeue(out var item))
        {
            var (entry, result) = item;
            _gate.Completed(entry, _time.GetUtcNow());
            _queue.Finished(entry);
            Interlocked.Decrement(ref _inFlight);
            if (_retries.Complete(entry, result, Activity) is { } due && due < _claimAt)
            {
                _claimAt = due;
            }
        }
    }

    private async Task WaitAsync(TimeSpan delay, CancellationToken cancellationToken)
    {
        if (_done.IsEmpty is false || _claimWanted)
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
