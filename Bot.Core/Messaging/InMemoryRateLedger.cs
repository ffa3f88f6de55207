namespace Bot.Core.Messaging;

/// <summary>
/// The permit log in this process's memory: one <see cref="SlidingLogLimiter"/> per channel, each behind its own lock
/// (each channel's dispatcher runs on its own thread). What the LiteDB backend uses, since only one process can open
/// the data file; limits hold for this process only.
/// </summary>
public sealed class InMemoryRateLedger : IRateLedger
{
    private readonly Dictionary<string, SlidingLogLimiter> _channels = new();

    public RateTake TryTake(string channel, IReadOnlyList<(string Key, RateRule Rule)> checks, DateTimeOffset now) =>
        TryTakeEach(channel, [checks], now)[0];

    public IReadOnlyList<RateTake> TryTakeEach(string channel, IReadOnlyList<IReadOnlyList<(string Key, RateRule Rule)>> takes, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(takes);
        var limiter = Limiter(channel);
        lock (limiter)
        {
            return takes.Select(checks => Take(limiter, checks, now)).ToList();
        }
    }

    private static RateTake Take(SlidingLogLimiter limiter, IReadOnlyList<(string Key, RateRule Rule)> checks, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(checks);
        List<(string Key, DateTimeOffset Until)>? held = null;
        foreach (var check in checks)
        {
            if (limiter.EarliestAllowed([check], now) is var until && until > now)
            {
                (held ??= []).Add((check.Key, until));
            }
        }

        if (held is not null)
        {
            return RateTake.Refused(held);
        }

        limiter.Record(checks, now);
        return RateTake.Granted(now);
    }

    public void Extend(string channel, IReadOnlyList<(string Key, RateRule Rule)> checks, DateTimeOffset startedAt, DateTimeOffset completedAt)
    {
        var limiter = Limiter(channel);
        lock (limiter)
        {
            limiter.Extend(checks, startedAt, completedAt);
        }
    }

    private SlidingLogLimiter Limiter(string channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        lock (_channels)
        {
            if (!_channels.TryGetValue(channel, out var limiter))
            {
                limiter = new SlidingLogLimiter();
                _channels[channel] = limiter;
            }

            return limiter;
        }
    }
}
