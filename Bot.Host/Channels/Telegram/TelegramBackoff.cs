namespace Bot.Host.Channels.Telegram;

/// <summary>Exponential pause after consecutive failures: first, 2×first, … up to max; reset on success.</summary>
internal sealed class TelegramBackoff(TimeSpan first, TimeSpan max)
{
    private int _failures;

    public TimeSpan Next()
    {
        var ticks = first.Ticks * Math.Pow(2, Math.Min(_failures, 20));
        _failures++;
        return TimeSpan.FromTicks((long)Math.Min(ticks, max.Ticks));
    }

    public void Reset() => _failures = 0;
}
