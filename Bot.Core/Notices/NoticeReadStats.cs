namespace Bot.Core.Notices;

/// <summary>
/// Acknowledgement counts of a notice: over the people it was addressed to (<see cref="Addressed"/>), per community,
/// plus <see cref="Extra"/> people who acknowledged from a group without being addressed.
/// </summary>
internal sealed record NoticeReadStats(int Addressed, int Acked, int Extra, IReadOnlyList<CommunityReadStats> Communities)
{
    public static NoticeReadStats Of(IEnumerable<NoticeRecipient> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var list = recipients.ToList();
        var addressed = list.Where(r => r.Addressed).ToList();
        var communities = addressed
            .GroupBy(r => r.CommunityId)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CommunityReadStats(g.Key, g.Count(), g.Count(r => r.Acked),
                g.Where(r => !r.Acked).OrderBy(r => r.Name, StringComparer.Ordinal).ToList()))
            .ToList();
        return new NoticeReadStats(addressed.Count, addressed.Count(r => r.Acked), list.Count(r => !r.Addressed && r.Acked), communities);
    }

    /// <summary>"35%" (or "-" when nobody was addressed).</summary>
    public string Rate => Addressed == 0 ? "-" : $"{Acked * 100 / Addressed}%";
}
