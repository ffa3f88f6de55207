namespace Bot.Core.Notices;

/// <summary>Acknowledgement counts of one community and who there has not acknowledged.</summary>
public sealed record CommunityReadStats(string CommunityId, int Addressed, int Acked, IReadOnlyList<NoticeRecipient> Missing);
