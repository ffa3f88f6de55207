using Bot.Core.Configuration;
using Bot.Core.Exports;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Notices;

/// <summary>The acknowledgement table of a notice (one row per recipient) as CSV or XLSX, for the evaluation record.</summary>
internal sealed class NoticeAckExport(INoticeStore store, BotClock clock)
{
    public IReadOnlyList<string> Header(Language language) =>
    [
        NoticeAckTexts.ColCommunity.Get(language), NoticeAckTexts.ColName.Get(language), NoticeAckTexts.ColPartyMember.Get(language),
        NoticeAckTexts.ColAddressed.Get(language), NoticeAckTexts.ColAcked.Get(language), NoticeAckTexts.ColAckedAt.Get(language),
        NoticeAckTexts.ColChannel.Get(language),
    ];

    public IReadOnlyList<IReadOnlyList<object?>> Rows(int noticeId) =>
        store.Recipients(noticeId)
            .OrderBy(r => r.CommunityId, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)
            .Select(r => (IReadOnlyList<object?>)
            [
                r.CommunityId, r.Name, r.PartyMember, r.Addressed, r.Acked,
                r.AckedAtUtc is { } at ? clock.ToLocal(at).DateTime : null, r.AckChannel ?? r.Channel,
            ])
            .ToList();

    public byte[] ToCsv(int noticeId, Language language) => TableExport.ToCsv(Header(language), Rows(noticeId));

    public byte[] ToXlsx(int noticeId, Language language) => TableExport.ToXlsx(Header(language), Rows(noticeId), $"notice-{noticeId}");
}
