using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Notices;

/// <summary>Which previews each person was shown and when, in LiteDB (one record per notice and person).</summary>
internal sealed class NoticePreviewStore : INoticePreviewStore
{
    private readonly ILiteCollection<NoticePreview> _previews;

    public NoticePreviewStore(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _previews = db.Collection<NoticePreview>("notice_previews");
        _previews.EnsureIndex(x => x.PersonId);
    }

    public void Shown(int noticeId, string personId, DateTime atUtc) => _previews.Upsert(new NoticePreview
    {
        Id = NoticePreview.KeyOf(noticeId, personId),
        NoticeId = noticeId,
        PersonId = personId,
        ShownAtUtc = atUtc,
    });

    /// <summary>When <paramref name="personId"/> was last shown the preview of notice <paramref name="noticeId"/>.</summary>
    public DateTime? ShownAt(int noticeId, string personId) =>
        _previews.FindOne(Expressions.ById(NoticePreview.KeyOf(noticeId, personId)))?.ShownAtUtc;

    /// <summary>The preview <paramref name="personId"/> saw last, whatever became of its notice since.</summary>
    public NoticePreview? Latest(string personId) =>
        _previews.Find(Expressions.Of("$.PersonId = @0", personId))
            .OrderByDescending(p => p.ShownAtUtc).ThenByDescending(p => p.NoticeId).FirstOrDefault();
}
