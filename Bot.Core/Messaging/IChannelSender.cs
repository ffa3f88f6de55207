namespace Bot.Core.Messaging;

/// <summary>
/// Sends outbox messages to one platform. Called only by that channel's dispatcher, which has already applied
/// the channel's limits; a sender never sleeps on the platform's behalf, it reports what happened.
/// </summary>
public interface IChannelSender
{
    string Channel { get; }

    Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken);

    /// <summary>
    /// Sends messages that share a batch key and text in one call where the platform allows it. The default sends
    /// them one by one. Returns one result per message, in order.
    /// </summary>
    async Task<IReadOnlyList<SendResult>> SendBatchAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var results = new List<SendResult>(messages.Count);
        foreach (var m in messages)
        {
            results.Add(await SendAsync(m, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }
}
