using System.Collections.Concurrent;

namespace Bot.Core.Messaging;

/// <summary>
/// Each channel's last successful and last failed call to its platform (a send, a poll), for <c>/health</c>: a
/// channel whose calls keep failing is visible there before its outbox backlog grows.
/// </summary>
public sealed class ChannelActivity
{
    private readonly ConcurrentDictionary<string, ChannelCalls> _calls = new(StringComparer.Ordinal);

    public void Succeeded(string channel, DateTimeOffset at) =>
        _calls.AddOrUpdate(channel, _ => new ChannelCalls(at, null, null), (_, c) => c with { LastSuccess = at });

    public void Failed(string channel, DateTimeOffset at, string? error) =>
        _calls.AddOrUpdate(channel, _ => new ChannelCalls(null, at, error), (_, c) => c with { LastFailure = at, LastError = error });

    public ChannelCalls Of(string channel) => _calls.GetValueOrDefault(channel) ?? new ChannelCalls(null, null, null);
}

/// <summary>A channel's last successful and failed platform calls (null: none yet since start).</summary>
public sealed record ChannelCalls(DateTimeOffset? LastSuccess, DateTimeOffset? LastFailure, string? LastError);
