using Microsoft.Extensions.Logging;

namespace Bot.Core.Messaging;

/// <summary>
/// What becomes of a send's outcome: sent and refused-for-good records are closed; a platform's throttling holds the
/// chat for its retry-after without counting an attempt; a transient fault is retried with exponential backoff
/// (<see cref="OutboxOptions.FirstRetryDelay"/> doubling to <see cref="OutboxOptions.MaxRetryDelay"/>) until
/// <see cref="OutboxOptions.MaxAttempts"/>, then recorded as failed. Runs on its dispatcher's loop, inside the
/// transaction that records the completions drained together. A record put back for later ends its claim
/// (<see cref="IOutboxStore.Reschedule"/>): it leaves the dispatcher's queue and is claimed again once due.
/// </summary>
internal sealed class OutboxRetryPolicy(string channel, IOutboxStore store, OutboxQueue queue, TimeProvider time, ILogger logger,
    OutboxOptions options)
{
    /// <summary>Records the outcome; returns when the record is due again, or null when it left the queue.</summary>
    public DateTimeOffset? Complete(OutboxEntry entry, SendResult result, ChannelActivity? activity)
    {
        // Only this dispatcher changes its channel's records, so the copy loaded with the entry is current.
        var record = entry.Loaded ?? store.Find(entry.Id);
        if (record is null)
        {
            queue.Forget(entry);
            return null;
        }

        var now = time.GetUtcNow();
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                activity?.Succeeded(channel, now);
                store.MarkSent(record);
                queue.Forget(entry);
                break;
            case SendOutcome.Permanent:
                activity?.Failed(channel, now, result.Error);
                logger.LogWarning("Outbox {Id} to {Chat} refused for good: {Error}", entry.Id, entry.ChatKey, result.Error);
                store.MarkFailed(record, result.Error ?? "refused");
                queue.Forget(entry);
                break;
            case SendOutcome.Throttled:
                var wait = result.RetryAfter ?? TimeSpan.FromSeconds(1);
                queue.Hold(entry.ChatKey, now + wait);
                entry.NextAttempt = now + wait;
                store.Reschedule(record, entry.NextAttempt.UtcDateTime, result.Error ?? "throttled", countAttempt: false);
                queue.Forget(entry);
                logger.LogInformation("Outbox {Chat} throttled by the platform; waiting {Seconds} s", entry.ChatKey, wait.TotalSeconds);
                return entry.NextAttempt;
            default:
                if (record.Attempts + 1 >= options.MaxAttempts)
                {
                    logger.LogError("Outbox {Id} to {Chat} given up after {Attempts} attempts: {Error}", entry.Id, entry.ChatKey, record.Attempts + 1, result.Error);
                    store.MarkFailed(record, result.Error ?? "failed");
                    queue.Forget(entry);
                    break;
                }

                var delay = Backoff(record.Attempts);
                entry.NextAttempt = now + delay;
                store.Reschedule(record, entry.NextAttempt.UtcDateTime, result.Error ?? "failed", countAttempt: true);
                queue.Forget(entry);
                logger.LogWarning("Outbox {Id} to {Chat} failed ({Error}); retry in {Delay}", entry.Id, entry.ChatKey, result.Error, delay);
                return entry.NextAttempt;
        }

        return null;
    }

    /// <summary>The wait before the retry that follows <paramref name="attempts"/> failed attempts.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var ticks = options.FirstRetryDelay.Ticks * Math.Pow(2, Math.Min(attempts, 20));
        return TimeSpan.FromTicks((long)Math.Min(ticks, options.MaxRetryDelay.Ticks));
    }
}
