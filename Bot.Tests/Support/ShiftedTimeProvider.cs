namespace Bot.Tests.Support;

/// <summary>
/// The system clock moved to start at a chosen instant: it runs at real speed (so a real host's loops and timers
/// work), but reads as that instant plus the time elapsed since. For "the quick start at 03:00".
/// </summary>
public sealed class ShiftedTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly TimeSpan _offset = start - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;

    public override TimeZoneInfo LocalTimeZone => System.LocalTimeZone;
}
