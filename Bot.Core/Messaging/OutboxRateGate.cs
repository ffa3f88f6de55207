namespace Bot.Core.Messaging;

/// <summary>
/// A channel's rolling-window limits as they apply to one outbox entry: which rules hold it back, the permits a send
/// takes when it starts, and moving those permits to the send's completion (see <see cref="SlidingLogLimiter"/>).
/// A batch's first message takes the channel-wide permit for the whole call; every member takes its chat's permits.
/// Not thread-safe: used only on its dispatcher's loop.
/// </summary>
internal sealed class OutboxRateGate(ChannelLimits limits)
{
    private readonly SlidingLogLimiter _limiter = new();
    private readonly Dictionary<long, (DateTimeOffset At, bool Channel)> _startedAt = new();

    /// <summary>When the rules let <paramref name="entry"/> go (<paramref name="now"/> if they do now).</summary>
    public DateTimeOffset EarliestAllowed(OutboxEntry entry, bool includeChannel, DateTimeOffset now) =>
        _limiter.EarliestAllowed(Checks(entry, includeChannel), now);

    /// <summary>Takes the permits of a send starting at <paramref name="now"/>.</summary>
    public void Take(OutboxEntry entry, bool includeChannel, DateTimeOffset now)
    {
        _limiter.Record(Checks(entry, includeChannel), now);
        _startedAt[entry.Id] = (now, includeChannel);
    }

    /// <summary>The permits this send took count from its completion (see <see cref="SlidingLogLimiter"/>).</summary>
    public void Completed(OutboxEntry entry, DateTimeOffset now)
    {
        if (_startedAt.Remove(entry.Id, out var started))
        {
            _limiter.Extend(Checks(entry, started.Channel), started.At, now);
        }
    }

    private IEnumerable<(string Key, RateRule Rule)> Checks(OutboxEntry entry, bool includeChannel)
    {
        for (var i = 0; i < limits.Rules.Count; i++)
        {
            var rule = limits.Rules[i];
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
}
