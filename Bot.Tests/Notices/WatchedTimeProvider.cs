using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.Notices;

/// <summary>
/// A view of a <see cref="FakeTimeProvider"/> that knows whether a timer made through it is waiting. A driver that moves
/// the fake clock only while the dispatcher waits on its timer never moves it in the middle of the dispatcher's work, so
/// the time a sender records is exactly the time the dispatcher's limiter counted.
/// </summary>
internal sealed class WatchedTimeProvider(FakeTimeProvider inner) : TimeProvider
{
    private int _armed;

    public bool Waiting => Volatile.Read(ref _armed) > 0;

    public override DateTimeOffset GetUtcNow() => inner.GetUtcNow();

    public override long GetTimestamp() => inner.GetTimestamp();

    public override long TimestampFrequency => inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => inner.LocalTimeZone;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new Watched(this);
        Interlocked.Increment(ref _armed);
        timer.Inner = inner.CreateTimer(s =>
        {
            timer.Disarm();
            callback(s);
        }, state, dueTime, period);
        return timer;
    }

    private sealed class Watched(WatchedTimeProvider owner) : ITimer
    {
        private int _disarmed;

        public ITimer? Inner { get; set; }

        public void Disarm()
        {
            if (Interlocked.Exchange(ref _disarmed, 1) == 0)
            {
                Interlocked.Decrement(ref owner._armed);
            }
        }

        public bool Change(TimeSpan dueTime, TimeSpan period) => Inner?.Change(dueTime, period) ?? false;

        public void Dispose()
        {
            Disarm();
            Inner?.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
