using Bot.Core.Messaging;
using Bot.Core.Storage;
using Bot.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Bot.Tests.Notices;

/// <summary>
/// Runs the real <see cref="OutboxDispatcher"/> of one channel over a harness's outbox on its own loop, and moves the
/// harness's fake clock forward until a condition holds (polling, with a generous real-time limit).
/// </summary>
internal sealed class DispatcherDriver : IAsyncDisposable
{
    private readonly BotHarness _bot;
    private readonly LiteDbOutbox _outbox;
    private readonly string _channel;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private readonly WatchedTimeProvider _time;
    private readonly IDisposable _stored;

    public DispatcherDriver(BotHarness bot, IChannelSender sender, ChannelLimits limits)
    {
        _bot = bot;
        _outbox = bot.Get<LiteDbOutbox>();
        _channel = limits.Channel;
        _time = new WatchedTimeProvider(bot.Time);
        Dispatcher = new OutboxDispatcher(sender, limits, _outbox, _time, NullLogger.Instance, new OutboxOptions());
        _stored = bot.Get<BotDatabase>().OnCommitted<OutboxStored>(OnStored);
        _loop = Task.Run(() => Dispatcher.RunAsync(_stop.Token));
    }

    public OutboxDispatcher Dispatcher { get; }

    public int Pending => _outbox.PendingCount(_channel);

    /// <summary>
    /// Advances fake time by <paramref name="step"/> until <paramref name="condition"/> holds (fails after 60 s of real
    /// time). Time moves only while the dispatcher waits on its timer, never while it is deciding and sending.
    /// </summary>
    public async Task DriveUntilAsync(Func<bool> condition, string what, TimeSpan? step = null)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!condition())
        {
            if (limit.IsCancellationRequested)
            {
                throw new TimeoutException($"not reached: {what}");
            }

            if (_time.Waiting)
            {
                _bot.Time.Advance(step ?? TimeSpan.FromMilliseconds(250));
            }
            else
            {
                await Task.Delay(1, CancellationToken.None);
            }
        }
    }

    /// <summary>Stops the loop, as a process being stopped would.</summary>
    public async Task StopAsync()
    {
        _stored.Dispose();
        if (!_stop.IsCancellationRequested)
        {
            await _stop.CancelAsync();
        }

        await _loop;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }

    private void OnStored(OutboxStored stored)
    {
        if (stored.Channel == _channel)
        {
            Dispatcher.Offer(stored.Records);
        }
    }
}
