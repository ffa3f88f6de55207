using Bot.Core.Storage;

namespace Bot.Core.Shifts;

/// <summary>Signalled when a roster entry was added, edited or cancelled: its reminder triggers are rebuilt.</summary>
internal sealed record RosterEntryChanged(long EntryId) : ICommitSignal;
