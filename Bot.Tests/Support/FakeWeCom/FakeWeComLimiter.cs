namespace Bot.Tests.Support.FakeWeCom;

/// <summary>Rolling windows for <see cref="FakeWeComLimits"/> and the duplicate check (same request JSON within the interval).</summary>
internal sealed class FakeWeComLimiter(FakeWeComLimits limits)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _perMember = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _calls = new();
    private readonly Dictionary<string, DateTimeOffset> _seenBodies = new(StringComparer.Ordinal);

    /// <summary>False when the app called too often this minute (answer 45009).</summary>
    public bool TryCall(DateTimeOffset now)
    {
        lock (_lock)
        {
            if (limits.CallsPerMinute is not { } max)
            {
                return true;
            }

            Trim(_calls, now - TimeSpan.FromMinutes(1));
            if (_calls.Count >= max)
            {
                return false;
            }

            _calls.Enqueue(now);
            return true;
        }
    }

    /// <summary>True when the same body was accepted within <paramref name="interval"/> (WeCom then does not deliver it again).</summary>
    public bool IsDuplicate(string body, TimeSpan interval, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (_seenBodies.TryGetValue(body, out var at) && now - at < interval)
            {
                return true;
            }

            _seenBodies[body] = now;
            return false;
        }
    }

    /// <summary>False when the member already got the allowed number of messages (this one is dropped).</summary>
    public bool TryDeliver(string user, DateTimeOffset now)
    {
        lock (_lock)
        {
            if (!_perMember.TryGetValue(user, out var log))
            {
                log = new Queue<DateTimeOffset>();
                _perMember[user] = log;
            }

            Trim(log, now - TimeSpan.FromHours(1));
            var lastMinute = log.Count(t => t > now - TimeSpan.FromMinutes(1));
            if (lastMinute >= limits.PerMemberPerMinute || log.Count >= limits.PerMemberPerHour)
            {
                return false;
            }

            log.Enqueue(now);
            return true;
        }
    }

    private static void Trim(Queue<DateTimeOffset> log, DateTimeOffset from)
    {
        while (log.Count > 0 && log.Peek() <= from)
        {
            log.Dequeue();
        }
    }
}
