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
    private readonly Dictionary<string, Log> _logs = new();

    public DateTimeOffset EarliestAllowed(IEnumerable<(string Key, RateRule Rule)> checks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(checks);
        var earliest = now;
        foreach (var (key, rule) in checks)
        {
            // Expired entries only matter once the log is full: below Permits the rule cannot hold a send back.
            if (!_logs.TryGetValue(key, out var log) || log.Times.Count < rule.Permits)
            {
                continue;
            }

            log.Prune(rule, now);
            if (log.Times.Count >= rule.Permits)
            {
                // The permit held longest must leave the window first (the log keeps at most `Permits` entries).
                var at = log.Times.Min() + rule.Window;
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
                log = new Log();
                _logs[key] = log;
            }

            log.Times.Add(at);
            if (log.Times.Count > log.PruneAt)
            {
                // A rule with many permits (a loose limit) would otherwise keep every send of its window and scan
                // them all for each send; pruning when the log has doubled keeps the work per send constant.
                log.Prune(rule, at);
                log.PruneAt = Math.Max(Log.MinPruneAt, 2 * log.Times.Count);
            }

            while (log.Times.Count > rule.Permits)
            {
                log.Times.Remove(log.Times.Min());
            }
        }
    }

    /// <summary>Moves a permit recorded at <paramref name="startedAt"/> to <paramref name="completedAt"/> (when the send finished).</summary>
    public void Extend(IEnumerable<(string Key, RateRule Rule)> checks, DateTimeOffset startedAt, DateTimeOffset completedAt)
    {
        ArgumentNullException.ThrowIfNull(checks);
        foreach (var (key, _) in checks)
        {
            if (_logs.TryGetValue(key, out var log) && log.Times.LastIndexOf(startedAt) is var i and >= 0 && completedAt > startedAt)
            {
                log.Times[i] = completedAt;
            }
        }
    }

    private sealed class Log
    {
        public const int MinPruneAt = 64;

        public List<DateTimeOffset> Times { get; } = [];

        public int PruneAt { get; set; } = MinPruneAt;

        public void Prune(RateRule rule, DateTimeOffset now) => Times.RemoveAll(t => t + rule.Window <= now);
    }
}
