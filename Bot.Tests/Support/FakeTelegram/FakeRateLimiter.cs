namespace Bot.Tests.Support.FakeTelegram;

/// <summary>
/// Telegram's sending limits as rolling windows. A refused send gets retry_after (whole seconds, at least 1) and the
/// chat stays blocked until then; a send to that chat before the time is recorded as an early retry.
/// </summary>
internal sealed class FakeRateLimiter(FakeTelegramLimits limits)
{
    private readonly Queue<DateTimeOffset> _all = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _perChat = new();
    private readonly Dictionary<long, DateTimeOffset> _blockedUntil = new();

    public List<(long ChatId, DateTimeOffset At, DateTimeOffset BlockedUntil)> EarlyRetries { get; } = [];

    /// <summary>Null when the send may go ahead (and is counted), otherwise the retry_after in seconds.</summary>
    public int? TryAcquire(long chatId, DateTimeOffset now)
    {
        if (limits.IsOff)
        {
            return null;
        }

        if (_blockedUntil.TryGetValue(chatId, out var until) && now < until)
        {
            EarlyRetries.Add((chatId, now, until));
            return Seconds(until - now);
        }

        var (permits, window) = chatId > 0
            ? (limits.PrivateChatPerSecond, TimeSpan.FromSeconds(1))
            : (limits.GroupChatPerMinute, TimeSpan.FromMinutes(1));
        if (!_perChat.TryGetValue(chatId, out var log))
        {
            log = new Queue<DateTimeOffset>();
            _perChat[chatId] = log;
        }

        var wait = Wait(log, permits, window, now);
        var globalWait = Wait(_all, limits.MessagesPerSecond, TimeSpan.FromSeconds(1), now);
        var longest = wait > globalWait ? wait : globalWait;
        if (longest > TimeSpan.Zero)
        {
            var seconds = Seconds(longest);
            _blockedUntil[chatId] = now + TimeSpan.FromSeconds(seconds);
            return seconds;
        }

        log.Enqueue(now);
        _all.Enqueue(now);
        return null;
    }

    private static TimeSpan Wait(Queue<DateTimeOffset> log, int permits, TimeSpan window, DateTimeOffset now)
    {
        while (log.Count > 0 && log.Peek() <= now - window)
        {
            log.Dequeue();
        }

        return log.Count < permits ? TimeSpan.Zero : log.Peek() + window - now;
    }

    private static int Seconds(TimeSpan wait) => Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
}
