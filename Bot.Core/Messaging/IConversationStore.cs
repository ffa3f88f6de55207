namespace Bot.Core.Messaging;

/// <summary>
/// Where multi-step dialogs keep their state between turns, keyed by <see cref="ConversationState.Id"/>. Writes made
/// inside the storage kernel's transaction (<see cref="Storage.IUnitOfWork"/>) belong to it: a rollback discards them.
/// </summary>
public interface IConversationStore
{
    /// <summary>The stored state, or null.</summary>
    ConversationState? Get(string id);

    /// <summary>Stores the state, replacing one with the same id.</summary>
    void Save(ConversationState state);

    /// <summary>Deletes the state; nothing happens when there is none.</summary>
    void Delete(string id);

    /// <summary>The states last updated before <paramref name="cutoffUtc"/>.</summary>
    IReadOnlyList<ConversationState> IdleSince(DateTime cutoffUtc);
}
