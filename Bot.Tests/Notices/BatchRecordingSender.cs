using System.Collections.Concurrent;
using Bot.Core.Messaging;

namespace Bot.Tests.Notices;

/// <summary>A channel sender that accepts batched calls (like WeCom's message/send with many user ids) and records each call's size.</summary>
internal sealed class BatchRecordingSender(string channel, Func<OutgoingMessage, SendResult>? behaviour = null) : IChannelSender
{
    public string Channel { get; } = channel;

    public ConcurrentQueue<OutgoingMessage> Sent { get; } = new();

    public ConcurrentQueue<int> CallSizes { get; } = new();

    public Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        CallSizes.Enqueue(1);
        return Task.FromResult(Record(message));
    }

    public Task<IReadOnlyList<SendResult>> SendBatchAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        CallSizes.Enqueue(messages.Count);
        return Task.FromResult<IReadOnlyList<SendResult>>(messages.Select(Record).ToList());
    }

    private SendResult Record(OutgoingMessage message)
    {
        var result = behaviour?.Invoke(message) ?? SendResult.Ok;
        if (result.Outcome == SendOutcome.Sent)
        {
            Sent.Enqueue(message);
        }

        return result;
    }
}
