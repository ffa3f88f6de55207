using Bot.Core.People;
using Bot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Messaging;

/// <summary>
/// The core's inbound door (<see cref="IInbox"/>), the only way channels hand messages to the core. It records in the
/// durable store (<see cref="IInboxStore"/>), handles on arrival through the <see cref="InboxProcessor"/> when nothing
/// older waits, and applies chat moves to the stored group bindings in the same transaction.
/// </summary>
public sealed class Inbox(IUnitOfWork db, InboxProcessor processor, ICommunityStore communities, ILogger<Inbox> logger) : IInbox
{
    /// <summary>
    /// Records only (WeCom, the console): the processor handles the message, with others, in group commits. Inside
    /// <see cref="InboxProcessor.RecordAndHandle"/> it is recorded handled, to be handled in that transaction.
    /// </summary>
    public bool TryAccept(IncomingMessage message) => processor.Accept(message);

    /// <inheritdoc cref="IInbox.TryAcceptMany"/>
    public int TryAcceptMany(IReadOnlyList<IncomingMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return db.InTransaction(() => messages.Count(processor.Accept));
    }

    /// <inheritdoc cref="IInbox.Receive"/>
    public IReadOnlyList<bool> Receive(IReadOnlyList<IncomingMessage> messages, IReadOnlyList<ChatMove> moves)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(moves);
        var accepted = new bool[messages.Count];
        // May run twice (handling on arrival failed, then recorded only): each run sets every answer, and a move is idempotent.
        processor.RecordAndHandle(() =>
        {
            foreach (var move in moves)
            {
                communities.MoveGroup(move.Channel, move.OldChatId, move.NewChatId);
            }

            for (var i = 0; i < messages.Count; i++)
            {
                accepted[i] = processor.Accept(messages[i]);
            }
        });
        foreach (var move in moves)
        {
            logger.LogInformation("{Channel} group {Old} became {New}; binding moved", move.Channel, move.OldChatId, move.NewChatId);
        }

        return accepted;
    }
}
