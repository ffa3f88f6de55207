namespace Bot.Core.Notices;

/// <summary>What a notice is: the online party lecture (网上党课) or the party-member bulletin (《党员知情》).</summary>
internal enum NoticeKind
{
    Lecture = 0,
    Bulletin = 1,
}
