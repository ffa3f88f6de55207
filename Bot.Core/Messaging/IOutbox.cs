namespace Bot.Core.Messaging;

/// <summary>
/// The durable outbox: everything the bot sends is written here first and sent by the channel's dispatcher.
/// Enqueueing inside <see cref="Storage.IUnitOfWork.InTransaction{T}"/> makes the message part of that transaction.
/// </summary>
public interface IOutbox
{
    /// <summary>
    /// Stores the message (split into several when its text is longer than the channel allows).
    /// Returns false when a message with the same <see cref="OutgoingMessage.DedupeKey"/> exists already.
    /// </summary>
    bool Enqueue(OutgoingMessage message);
}
