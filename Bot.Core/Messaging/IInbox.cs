namespace Bot.Core.Messaging;

/// <summary>
/// The durable inbox. Channels call <see cref="TryAccept"/> as soon as a payload is parsed; processing
/// happens later, from the inbox, so a crash between receiving and handling loses nothing.
/// </summary>
public interface IInbox
{
    /// <summary>Records the message. Returns false when the same (channel, platform id) was recorded before.</summary>
    bool TryAccept(IncomingMessage message);

    /// <summary>Records several messages in one transaction (a polled batch); returns how many were new.</summary>
    int TryAcceptMany(IReadOnlyList<IncomingMessage> messages);

    /// <summary>Raised (synchronously, cheaply) after a message is accepted, so the processor wakes up.</summary>
    event Action? Accepted;
}
