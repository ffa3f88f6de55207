using Bot.Core.Storage;

namespace Bot.Core.Notices;

/// <summary>Signalled when a secretary scheduled notice <paramref name="Id"/> for <paramref name="At"/>: the host adds its trigger.</summary>
internal sealed record NoticeScheduled(int Id, DateTimeOffset At) : ICommitSignal;
