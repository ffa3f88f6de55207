using System.Collections.Concurrent;
using Bot.Core.Messaging;

namespace Bot.Tests.Support;

/// <summary>A channel sender that records what it is given and answers with scripted results.</summary>
public sealed class RecordingSender(string channel = "rec") : IChannelSender
{
    private readonly ConcurrentQueue<SendResult> _script = new();

    public string Channel { get; } = channel;

    public ConcurrentQueue<(OutgoingMessage Message, DateTimeOffset At)> Sent { get; } = new();

    public Func<OutgoingMessage, SendResult>? Behaviour { get; set; }

    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public void Script(params SendResult[] results)
    {
        foreach (var r in results)
        {
            _script.Enqueue(r);
        }
    }

    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var result = _script.TryDequeue(out var scripted) ? scripted : Behaviour?.Invoke(message) ?? SendResult.Ok;
        if (result.Outcome == SendOutcome.Sent)
        {
            Sent.Enqueue((message, Clock.GetUtcNow()));
        }

        return Task.FromResult(result);
    }
}
