using Bot.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Messaging;

/// <summary>Runs one <see cref="OutboxDispatcher"/> per registered channel sender; one channel's outage never blocks another.</summary>
public sealed class OutboxService : BackgroundService
{
    private readonly List<OutboxDispatcher> _dispatchers = [];
    private readonly IUnitOfWork _db;

    public OutboxService(IEnumerable<IChannelSender> senders, IEnumerable<ChannelLimits> limits, IOutboxStore store,
        TimeProvider time, ILoggerFactory loggers, IOptions<OutboxOptions> options, ChannelActivity activity, IUnitOfWork db,
        IRateLedger ledger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _db = db;
        var byChannel = limits.ToDictionary(l => l.Channel);
        foreach (var sender in senders)
        {
            var l = byChannel.GetValueOrDefault(sender.Channel) ?? new ChannelLimits { Channel = sender.Channel };
            _dispatchers.Add(new OutboxDispatcher(sender, l, store, time, loggers.CreateLogger($"Outbox.{sender.Channel}"), options.Value, ledger)
            {
                Activity = activity,
            });
        }
    }

    /// <summary>The channels this bot sends on.</summary>
    public IReadOnlyList<string> Channels => _dispatchers.Select(d => d.Channel).ToList();

    /// <summary>Messages pending or in flight across channels (as the dispatchers see them).</summary>
    public int Outstanding => _dispatchers.Sum(d => d.Outstanding);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var stored = _db.OnCommitted<OutboxStored>(OnStored);
        stoppingToken.Register(stored.Dispose);
        return Task.WhenAll(_dispatchers.Select(d => Task.Run(() => d.RunAsync(stoppingToken), stoppingToken)));
    }

    private void OnStored(OutboxStored stored)
    {
        foreach (var d in _dispatchers)
        {
            if (d.Channel == stored.Channel)
            {
                d.Offer(stored.Records);
            }
        }
    }
}
