namespace Bot.Core.Storage;

/// <summary>
/// Something a transaction changed that other parts react to once it is visible (new outbox entries, a recorded
/// message, a roster change, …). A store raises it with <see cref="BotDatabase.Signal"/>; whoever reacts subscribes
/// to <see cref="BotDatabase.Committed"/>. Each kind of change is its own record type, next to the store that raises it.
/// </summary>
public interface ICommitSignal;
