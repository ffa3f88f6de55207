using Microsoft.Extensions.Logging;

namespace Bot.Core.Messaging;

/// <summary>
/// What becomes of a send's outcome: sent and refused-for-good records are closed; a platform's throttling holds the
/// chat for its retry-after without counting an attempt; a transient fault is retried with exponential backoff
/// (<see cref="OutboxOptions.FirstRetryDelay"/> doubling to <see cref="OutboxOptions.MaxRetryDelay"/>) until
/// <see cref="OutboxOptions.MaxAttempts"/>, then recorded as failed. Runs on its dispatcher's loop, inside the
/// transaction that records the completions drained together.
/// </summary>
internal sealed class OutboxRetryPolicy(string channel, IOutboxStore store, OutboxQueue queue, TimeProvider time, ILogger logger,
    OutboxOptions options)
{
    public void Complete(OutboxEntry entry, SendResult result, ChannelActivity? activity)
    {
        // Only this dispatcher changes its channel's records, so the copy loaded with the entry is current.
        var record = entry.Loaded ?? store.Find(entry.Id);
        if (record is null)
        {
            queue.Forget(entry);
            return;
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
                queue.Retry(entry);
                logger.LogInformation("Outbox {Chat} throttled by the platform; waiting {Seconds} s", entry.ChatKey, wait.TotalSeconds);
                break;
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
                queue.Retry(entry);
                logger.LogWarning("Outbox {Id} to {Chat} failed ({Error}); retry in {Delay}", entry.Id, entry.ChatKey, result.Error, delay);
                break;
        }
    }

    /// <summary>The wait before the retry that follows <paramref name="attempts"/> failed attempts.</summary>
    public TimeSpan Backoff(int attempts)
    {
        var ticks = options.FirstRetryDelay.Ticks * Math.Pow(2, Math.Min(attempts, 20));
        return TimeSpan.FromTicks((long)Math.Min(ticks, options.MaxRetryDelay.Ticks));
    }
}
