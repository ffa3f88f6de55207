namespace Bot.Core.Messaging;

/// <summary>
/// Exact rolling-window limiter: remembers the send times of the last N messages per key.
/// System.Threading.RateLimiting's window and bucket limiters are approximate at window edges (a fixed or
/// segmented window lets up to twice the permits through in one rolling window) and run on the wall clock;
/// WeCom drops excess messages silently, so we need the exact rule, on the injected <see cref="TimeProvider"/>.
/// A permit is taken when a send starts and can be moved to when it completed (<see cref="Extend"/>): the platform
/// counts a message when it arrives, somewhere in between, so a window measured from the completion can never be
/// shorter on the platform's side than on ours, however the network delays the first message and not the last.
/// Not thread-safe: each dispatcher owns its limiter.
/// </summary>
public sealed class SlidingLogLimiter
{
    private readonly Dictionary<string, List<DateTimeOffset>> _logs = new();

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

            log.RemoveAll(t => t + rule.Window <= now);
            if (log.Count >= rule.Permits)
            {
                // The permit held longest must leave the window first (the log keeps at most `Permits` entries).
                var at = log.Min() + rule.Window;
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
                log = [];
                _logs[key] = log;
            }

            log.Add(at);
            while (log.Count > rule.Permits)
            {
                log.Remove(log.Min());
            }
        }
    }

    /// <summary>Moves a permit recorded at <paramref name="startedAt"/> to <paramref name="completedAt"/> (when the send finished).</summary>
    public void Extend(IEnumerable<(string Key, RateRule Rule)> checks, DateTimeOffset startedAt, DateTimeOffset completedAt)
    {
        ArgumentNullException.ThrowIfNull(checks);
        foreach (var (key, _) in checks)
        {
            if (_logs.TryGetValue(key, out var log) && log.LastIndexOf(startedAt) is var i and >= 0 && completedAt > startedAt)
            {
                log[i] = completedAt;
            }
        }
    }
}
