using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using Microsoft.Extensions.Options;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>
/// Ends conversations idle longer than <c>Conversations:IdleTimeout</c> and tells the person with the flow's
/// <see cref="IConversationFlow.ExpiredText"/>, even if they never write again (the pipeline only notices on the next
/// message). Called by a Quartz job. Each expiry is sent once: the state is deleted in the same transaction, and the
/// message carries a dedupe key.
/// </summary>
internal sealed class IdleConversationSweep(IConversationStore conversations, IEnumerable<IConversationFlow> flows, IPeopleStore people,
    Messenger messenger, IUnitOfWork db, TimeProvider time, IOptions<ConversationOptions> options)
{
    private readonly Dictionary<string, IConversationFlow> _flows = flows.ToDictionary(f => f.Name);

    /// <summary>Expires what is idle now; returns how many conversations ended.</summary>
    public int Run()
    {
        var cutoff = time.GetUtcNow().UtcDateTime - options.Value.IdleTimeout;
        var ended = 0;
        foreach (var state in conversations.IdleSince(cutoff))
        {
            if (!_flows.TryGetValue(state.Flow, out var flow))
            {
                continue;
            }

            db.InTransaction(() =>
            {
                // Looked up again inside the transaction: the person may have answered in the meantime.
                var current = conversations.Get(state.Id);
                if (current is null || current.UpdatedAtUtc >= cutoff)
                {
                    return;
                }

                conversations.Delete(current.Id);
                var language = people.Get(current.PersonId)?.Language ?? Language.ZhHans;
                var chat = new ChatAddress(current.Channel, current.ChatId, KindOf(current));
                messenger.Send(chat, flow.ExpiredText.Get(language), priority: MessagePriority.Bulk,
                    dedupeKey: $"conversation-expired:{current.Id}:{current.UpdatedAtUtc.Ticks}");
                ended++;
            });
        }

        return ended;
    }

    /// <summary>A private chat's id is the user's id: "channel:chat:user" with chat == user.</summary>
    private static ChatKind KindOf(ConversationState state) =>
        state.Id == ConversationState.KeyOf(ChatAddress.PrivateTo(state.Channel, state.ChatId), state.ChatId) ? ChatKind.Private : ChatKind.Group;
}
