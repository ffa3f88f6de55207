using Bot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Messaging;

/// <summary>
/// Handles recorded messages in arrival order. Each message is handled in one transaction together with its
/// "handled" mark and its replies, so a crash either leaves it pending (handled again after restart, with no trace
/// of the first try) or finished. A message whose handling throws gets a short apology instead of a retry loop (a
/// deadlock with another host's transaction is not the message's fault: that handling is run again, a few times).
/// What a channel hands to the inbox door's <see cref="Inbox.Receive"/> (Telegram polling and webhook) is recorded
/// through <see cref="RecordAndHandle"/>: when nothing older waits, it is handled at once in the same transaction.
/// Handling never runs on two threads at once (one gate), so handlers see each message's effects in order. Messages
/// are taken from the store (<see cref="IInboxStore.Take"/>) inside the transaction that handles them, so on a database
/// shared by several hosts each message is handled by one of them, in its chat's order.
/// </summary>
public sealed class InboxProcessor(IUnitOfWork db, IInboxStore inbox, MessagePipeline pipeline, TimeProvider time, ILogger<InboxProcessor> logger)
    : BackgroundService
{
    // Set while RecordAndHandle records messages that it handles in the same transaction: Accept stores them already
    // marked handled and collects them here instead of waking the processor.
    [ThreadStatic]
    private static List<InboxRecord>? _collecting;

    private readonly SemaphoreSlim _signal = new(0);
    private readonly Lock _gate = new();
    private volatile bool _running;
    private long _processed;
    private IDisposable? _accepted;

    /// <summary>
    /// Whether <see cref="RecordAndHandle"/> may handle on arrival: set while the processor runs (a stopped one leaves
    /// everything recorded for the next start). Tests set it to drive the path without the background loop.
    /// </summary>
    internal bool HandlesOnArrival
    {
        get => _running;
        set => _running = value;
    }

    /// <summary>Messages handled since start.</summary>
    public long Processed => Interlocked.Read(ref _processed);

    /// <summary>True when nothing recorded is waiting.</summary>
    public bool Idle { get; private set; }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _accepted = db.OnCommitted<InboxAccepted>(_ => Wake());
        _running = true;
        return base.StartAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _running = false;
        _accepted?.Dispose();
        return base.StopAsync(cancellationToken);
    }

    /// <summary>
    /// Runs the inbox door's recording of messages a channel has just received (<paramref name="record"/> calls
    /// <see cref="Accept"/>, and may do other bookkeeping such as a chat move). When the processor is running and no recorded
    /// message is waiting, the messages accepted are handled in the same transaction: record, effects, replies and
    /// the handled mark commit together, with no hand-off to the processor's thread (one commit instead of two, no
    /// wake-up latency). When something older waits, or the processor is stopped, they are only recorded, and handled
    /// after it in order. If handling any of them throws, all of it is rolled back and <paramref name="record"/> runs
    /// again on its own: the processor then handles the messages one by one with its failure isolation (the same when a
    /// message turns out to be recorded already and the store refuses it with an exception, see
    /// <see cref="IInboxStore.AcceptHandled"/>). Exceptions of that second recording reach the caller, which must not
    /// confirm the messages to the platform. Only the door (<see cref="Inbox"/>) calls it: channels never hand the core
    /// code to run.
    /// </summary>
    internal void RecordAndHandle(Action record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!_running)
        {
            db.InTransaction(record);
            return;
        }

        var accepted = new List<InboxRecord>();
        lock (_gate)
        {
            try
            {
                db.InTransaction(() =>
                {
                    accepted.Clear();
                    if (inbox.HasPending())
                    {
                        record();
                        return;
                    }

                    _collecting = accepted;
                    try
                    {
                        record();
                    }
                    finally
                    {
                        _collecting = null;
                    }

                    foreach (var r in accepted)
                    {
                        pipeline.Process(r.ToMessage());
                    }
                });
            }
            catch (Exception e)
            {
                // A failing handler, or a message recorded before that the store refused with an exception: nothing
                // of the attempt was kept; record with the duplicate checks and let the processor handle them one by one.
                logger.LogDebug(e, "Handling {Count} messages on arrival failed; recording them for the processor", accepted.Count);
                accepted.Clear();
                db.InTransaction(record);
            }
        }

        Interlocked.Add(ref _processed, accepted.Count);
    }

    /// <summary>
    /// Records one message for the door: inside <see cref="RecordAndHandle"/>'s handling on arrival, stored already
    /// handled and handled in that transaction; otherwise recorded for the processor. False when recorded before.
    /// </summary>
    internal bool Accept(IncomingMessage message)
    {
        if (_collecting is not { } collecting)
        {
            return inbox.TryAccept(message);
        }

        if (inbox.AcceptHandled(message) is not { } record)
        {
            return false;
        }

        collecting.Add(record);
        return true;
    }

    /// <summary>Handles everything pending now; returns how many were handled. Used by the loop and by tests.</summary>
    public int ProcessPending()
    {
        var total = 0;
        while (true)
        {
            // Group commit: one transaction for up to GroupCommitSize messages (each commit costs a disk flush). If any
            // message in it fails, the whole group rolls back and is handled again one message per transaction, so
            // the failure is isolated.
            lock (_gate)
            {
                var group = new List<InboxRecord>();
                var handled = TryProcessGroup(group, out var transient);
                if (group.Count == 0)
                {
                    return total;
                }

                if (handled)
                {
                    Interlocked.Add(ref _processed, group.Count);
                }
                else if (group.Count == 1 && !transient)
                {
                    Apologize(group[0]);
                }
                else
                {
                    for (var i = 0; i < group.Count; i++)
                    {
                        ProcessOne();
                    }
                }

                total += group.Count;
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                Idle = false;
                ProcessPending();
                Idle = true;
                await _signal.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e)
            {
                logger.LogError(e, "Inbox processing failed; retrying in 1 s");
                await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Messages handled in one transaction when several are waiting.</summary>
    public const int GroupCommitSize = 32;

    /// <summary>
    /// Takes up to <see cref="GroupCommitSize"/> messages into <paramref name="group"/> and handles them in one
    /// transaction; false when one of them failed (then nothing of it was kept) or none was waiting.
    /// <paramref name="transient"/> says the failure was the database's (a deadlock with another host's transaction),
    /// not a message's: then each is handled again rather than apologised for.
    /// </summary>
    private bool TryProcessGroup(List<InboxRecord> group, out bool transient)
    {
        transient = false;
        try
        {
            db.InTransaction(() =>
            {
                group.Clear();
                group.AddRange(inbox.Take(GroupCommitSize));
                foreach (var record in group)
                {
                    pipeline.Process(record.ToMessage());
                }

                // Marked last: the inbox's write lock is then held only for the end of the transaction, so a channel
                // recording new messages meanwhile is not held up by the handling.
                foreach (var record in group)
                {
                    inbox.MarkHandled(record);
                }
            });
            return group.Count > 0;
        }
        catch (Exception e) when (group.Count > 0)
        {
            transient = StorageFaults.IsTransient(e);
            if (group.Count == 1 && !transient)
            {
                logger.LogError(e, "Handling {Key} failed; the sender gets an apology", group[0].Key);
            }
            else
            {
                logger.LogDebug(e, "A message in a group of {Count} failed; handling them one by one", group.Count);
            }

            return false;
        }
    }

    /// <summary>
    /// Handles the next message in its own transaction; a failure rolls it back and sends an apology instead. A
    /// deadlock or serialization failure (<see cref="StorageFaults"/>) is the database's, not the message's: the
    /// handling is run again, up to <see cref="StorageFaults.Attempts"/> times in all, before the apology.
    /// </summary>
    private void ProcessOne()
    {
        for (var attempt = 1; ; attempt++)
        {
            var one = new List<InboxRecord>(1);
            try
            {
                db.InTransaction(() =>
                {
                    one.Clear();
                    one.AddRange(inbox.Take(1));
                    foreach (var record in one)
                    {
                        pipeline.Process(record.ToMessage());
                        inbox.MarkHandled(record);
                    }
                });
                Interlocked.Add(ref _processed, one.Count);
                return;
            }
            catch (Exception e) when (one.Count == 1 && attempt < StorageFaults.Attempts && StorageFaults.IsTransient(e))
            {
                logger.LogWarning(e, "Handling {Key} met a deadlock with another transaction; handling it again", one[0].Key);
            }
            catch (Exception e) when (one.Count == 1)
            {
                logger.LogError(e, "Handling {Key} failed; the sender gets an apology", one[0].Key);
                Apologize(one[0]);
                return;
            }
        }
    }

    /// <summary>After <paramref name="failed"/>'s handling rolled back: an apology to its sender, and it is marked handled.</summary>
    private void Apologize(InboxRecord failed)
    {
        db.InTransaction(() =>
        {
            // Taken again: released by the rollback, it may have gone to another host meanwhile.
            if (inbox.Take(1).FirstOrDefault() is { } again && again.Id == failed.Id)
            {
                pipeline.ReplyFailure(again.ToMessage());
                inbox.RecordAttempt(again);
                inbox.MarkHandled(again);
            }
        });
        Interlocked.Increment(ref _processed);
    }

    private void Wake()
    {
        Idle = false;
        if (_signal.CurrentCount == 0)
        {
            _signal.Release();
        }
    }

    public override void Dispose()
    {
        _signal.Dispose();
        base.Dispose();
    }
}
