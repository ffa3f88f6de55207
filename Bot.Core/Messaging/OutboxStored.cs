using Bot.Core.Storage;

namespace Bot.Core.Messaging;

/// <summary>
/// Signalled when messages were added to the outbox of <paramref name="Channel"/>, with the records themselves, so
/// that channel's dispatcher can take them without reading them back.
/// </summary>
public sealed record OutboxStored(string Channel, IReadOnlyList<OutboxRecord> Records) : ICommitSignal;
