namespace Bot.Core.Messaging;

/// <summary>
/// The permit log behind a channel's rolling-window limits (see <see cref="SlidingLogLimiter"/>), implemented by every
/// storage backend. Logs are named by channel and key, so one channel's limits never count another's sends.
/// On PostgreSQL the log is shared by every host on the database, so the limits hold for the platform account as a
/// whole; with LiteDB only one process runs, and the log is kept in its memory.
/// </summary>
/// <remarks>
/// Times are always the caller's (the app's <see cref="TimeProvider"/>), never the database's clock.
/// </remarks>
public interface IRateLedger
{
    /// <summary>
    /// Atomically, for every check at once: if each key's log has room under its rule at <paramref name="now"/>, takes a
    /// permit in each at <paramref name="now"/>; otherwise takes nothing and says when they would all allow it and which
    /// keys hold it back. Two callers on one channel are serialised, so together they never exceed a rule.
    /// </summary>
    RateTake TryTake(string channel, IReadOnlyList<(string Key, RateRule Rule)> checks, DateTimeOffset now);

    /// <summary>
    /// <see cref="TryTake"/> for each list of checks in turn, at once (on PostgreSQL one transaction): each is taken or
    /// refused on its own, all or none of its checks, as if taken one after another. A batch's members take so.
    /// </summary>
    IReadOnlyList<RateTake> TryTakeEach(string channel, IReadOnlyList<IReadOnlyList<(string Key, RateRule Rule)>> takes, DateTimeOffset now);

    /// <summary>
    /// Moves one permit taken at <paramref name="startedAt"/> in each key's log to <paramref name="completedAt"/> (when
    /// the send finished); nothing if that is not later. Permits of one key and time are alike, so any of them moves.
    /// </summary>
    void Extend(string channel, IReadOnlyList<(string Key, RateRule Rule)> checks, DateTimeOffset startedAt, DateTimeOffset completedAt);
}

/// <summary>
/// What <see cref="IRateLedger.TryTake"/> came to: <see cref="Taken"/>, or refused until <see cref="NotBefore"/>
/// with the time each key holding it back frees up (<see cref="Held"/>).
/// </summary>
public sealed record RateTake(DateTimeOffset NotBefore, IReadOnlyList<(string Key, DateTimeOffset Until)> Held)
{
    /// <summary>True when the permits were taken.</summary>
    public bool Taken => Held.Count == 0;

    /// <summary>The permits were taken at <paramref name="now"/>.</summary>
    public static RateTake Granted(DateTimeOffset now) => new(now, []);

    /// <summary>Refused: <paramref name="held"/> are the keys without room and when each has room again (all later than now).</summary>
    public static RateTake Refused(IReadOnlyList<(string Key, DateTimeOffset Until)> held)
    {
        ArgumentNullException.ThrowIfNull(held);
        if (held.Count == 0)
        {
            throw new ArgumentException("a refusal names the keys holding it back", nameof(held));
        }

        return new(held.Max(h => h.Until), held);
    }
}
