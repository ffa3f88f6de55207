namespace Bot.Core.Messaging;

/// <summary>
/// The durable inbox. Channels call <see cref="TryAccept"/> as soon as a payload is parsed; processing
/// happens later, from the inbox, so a crash between receiving and handling loses nothing. A message recorded to be
/// handled later signals <see cref="InboxAccepted"/> (see <see cref="Storage.BotDatabase.Committed"/>), which wakes the processor.
/// </summary>
public interface IInbox
{
    /// <summary>Records the message. Returns false when the same (channel, platform id) was recorded before.</summary>
    bool TryAccept(IncomingMessage message);

    /// <summary>Records several messages in one transaction (a polled batch); returns how many were new.</summary>
    int TryAcceptMany(IReadOnlyList<IncomingMessage> messages);
}
