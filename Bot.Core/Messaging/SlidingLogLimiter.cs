namespace Bot.Core.Messaging;

/// <summary>
/// Exact rolling-window limiter: remembers the send times of the last N messages per key.
/// System.Threading.RateLimiting's window and bucket limiters are approximate at window edges (a fixed or
/// segmented window lets up to twice the permits through in one rolling window) and run on the wall clock;
/// WeCom drops excess messages silently, so we need the exact rule, on the injected <see cref="TimeProvider"/>.
/// Not thread-safe: each dispatcher owns its limiter.
/// </summary>
public sealed class SlidingLogLimiter
{
    private readonly Dictionary<string, Queue<DateTimeOffset>> _logs = new();

    /// <summary>
    /// When a message counted under every (key, rule) pair may go: now, or the earliest later time.
    /// </summary>
    public DateTimeOffset EarliestAllowed(IEnumerable<(string Key, RateRule Rule)> checks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var earliest = now;
        foreach (var (key, rule) in checks)
        {
            if (!_logs.TryGetValue(key, out var log))
            {
                continue;
            }

            Trim(log, rule.Window, now);
            if (log.Count >= rule.Permits)
            {
                // The oldest of the last `Permits` sends must leave the window first.
                var oldest = log.ElementAt(log.Count - rule.Permits);
                var at = oldest + rule.Window;
                if (at > earliest)
                {
                    earliest = at;
                }
            }
        }

        return earliest;
    }

    public void Record(IEnumerable<(string Key, RateRule Rule)> checks, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(checks);
        foreach (var (key, rule) in checks)
        {
            if (!_logs.TryGetValue(key, out var log))
            {
                log = new Queue<DateTimeOffset>();
                _logs[key] = log;
            }

            log.Enqueue(at);
            while (log.Count > rule.Permits)
            {
                log.Dequeue();
            }
        }
    }

    private static void Trim(Queue<DateTimeOffset> log, TimeSpan window, DateTimeOffset now)
    {
        while (log.Count > 0 && log.Peek() + window <= now)
        {
            log.Dequeue();
        }
    }
}
