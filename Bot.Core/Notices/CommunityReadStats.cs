namespace Bot.Core.Notices;

/// <summary>Acknowledgement counts of one community and who there has not acknowledged.</summary>
internal sealed record CommunityReadStats(string CommunityId, int Addressed, int Acked, IReadOnlyList<NoticeRecipient> Missing);
