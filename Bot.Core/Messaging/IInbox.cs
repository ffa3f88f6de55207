namespace Bot.Core.Messaging;

/// <summary>
/// The one door through which channels hand what they receive to the core. A channel calls it as soon as a payload is
/// parsed and answers (or confirms to) the platform only once it returned; processing happens from the durable inbox,
/// so a crash between receiving and handling loses nothing. A message recorded to be handled later signals
/// <see cref="InboxAccepted"/> (see <see cref="Storage.IUnitOfWork.Committed"/>), which wakes the processor.
/// </summary>
public interface IInbox
{
    /// <summary>Records the message. Returns false when the same (channel, platform id) was recorded before.</summary>
    bool TryAccept(IncomingMessage message);

    /// <summary>Records several messages in one transaction (a polled batch); returns how many were new.</summary>
    int TryAcceptMany(IReadOnlyList<IncomingMessage> messages);

    /// <summary>
    /// Takes what a channel received together (a polled batch, one webhook call) in one transaction: applies each chat
    /// move, then records each message unless the same (channel, platform id) was recorded before. Returns, in order,
    /// whether each message was new. The core's inbox (<see cref="Inbox"/>) handles the messages in that same
    /// transaction when nothing older waits (one commit, no hand-off to the processor's thread); otherwise, or when a
    /// handler fails, they are only recorded and the inbox processor handles them after what waits. When this throws,
    /// nothing was kept: the channel must not confirm the messages to the platform.
    /// </summary>
    /// <remarks>
    /// This default only records, within the caller's transaction if any, and knows no chat moves: it serves inboxes
    /// that only record, or wrap one.
    /// </remarks>
    IReadOnlyList<bool> Receive(IReadOnlyList<IncomingMessage> messages, IReadOnlyList<ChatMove> moves)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(moves);
        if (moves.Count > 0)
        {
            throw new NotSupportedException("This inbox only stores messages; chat moves go through the core's Inbox.");
        }

        var accepted = new bool[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            accepted[i] = TryAccept(messages[i]);
        }

        return accepted;
    }
}
