namespace Bot.Core.Messaging;

/// <summary>
/// The durable inbox's storage, implemented by every backend (<see cref="LiteDbInbox"/>, <see cref="PostgresInboxStore"/>).
/// Channels never see it: they go through the door (<see cref="IInbox"/>, <see cref="Inbox"/>), and the
/// <see cref="InboxProcessor"/> handles what it holds.
/// </summary>
/// <remarks>
/// <para><b>Dedupe.</b> A message is recorded once per key (channel + platform message id, <see cref="InboxRecord.Key"/>),
/// also when two hosts record it at once.</para>
/// <para><b>Handling.</b> The handler's writes and <see cref="MarkHandled"/> go into one transaction of the storage
/// kernel (<see cref="Storage.IUnitOfWork"/>): they commit together or not at all.</para>
/// <para><b>Order.</b> <see cref="Take"/> returns messages in arrival order (<see cref="InboxRecord.Id"/>), and a chat's
/// message only together with, or after, every older unhandled message of that chat: handling what it returns in that
/// order keeps each chat's order.</para>
/// </remarks>
public interface IInboxStore
{
    /// <summary>
    /// Records the message as waiting to be handled and signals <see cref="InboxAccepted"/>; false (and nothing
    /// changed) when the same key was recorded before. Joins the caller's transaction, if any.
    /// </summary>
    bool TryAccept(IncomingMessage message);

    /// <summary>Records several messages in one transaction (see <see cref="TryAccept"/>); returns how many were new.</summary>
    int TryAcceptMany(IReadOnlyList<IncomingMessage> messages);

    /// <summary>
    /// Inside the caller's transaction, records a message that the caller handles in that same transaction: stored
    /// already marked handled, nothing signalled. Returns the record, or null when the key was recorded before (it must
    /// not be handled again). A backend may instead throw for a key recorded before; the caller's transaction must then
    /// be rolled back and the messages recorded again with <see cref="TryAccept"/>.
    /// </summary>
    InboxRecord? AcceptHandled(IncomingMessage message);

    /// <summary>True when a recorded message waits to be handled.</summary>
    bool HasPending();

    /// <summary>
    /// For the calling transaction, which handles them and marks them handled: up to <paramref name="limit"/> unhandled
    /// messages in arrival order, a chat's message only with or after its older unhandled ones (see the remarks). On a
    /// backend shared by several hosts they are held for this transaction: no other host takes them until it ends.
    /// Call it inside <see cref="Storage.IUnitOfWork.InTransaction{T}"/>.
    /// </summary>
    IReadOnlyList<InboxRecord> Take(int limit);

    /// <summary>Marks the message handled, within the caller's (handling) transaction.</summary>
    void MarkHandled(InboxRecord record);

    /// <summary>Counts a failed attempt at handling the message.</summary>
    void RecordAttempt(InboxRecord record);

    /// <summary>How many messages are stored (handled or not).</summary>
    int Count { get; }

    /// <summary>
    /// Deletes up to <paramref name="max"/> handled messages received before <paramref name="receivedBeforeUtc"/>,
    /// oldest first, in one transaction; returns how many went. Unhandled messages are never deleted.
    /// </summary>
    int DeleteHandled(DateTime receivedBeforeUtc, int max);
}
