using Bot.Core.Storage;

namespace Bot.Core.People;

/// <summary>
/// Signalled when a person was saved, with a copy as saved: a channel that shows something per role or language,
/// such as Telegram's command menu, brings it up to date.
/// </summary>
public sealed record PersonSaved(Person Person) : ICommitSignal;
