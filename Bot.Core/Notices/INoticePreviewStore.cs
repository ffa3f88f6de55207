namespace Bot.Core.Notices;

/// <summary>Which previews each person was shown and when (one record per notice and person).</summary>
internal interface INoticePreviewStore
{
    void Shown(int noticeId, string personId, DateTime atUtc);

    /// <summary>When <paramref name="personId"/> was last shown the preview of notice <paramref name="noticeId"/>.</summary>
    DateTime? ShownAt(int noticeId, string personId);

    /// <summary>The preview <paramref name="personId"/> saw last, whatever became of its notice since.</summary>
    NoticePreview? Latest(string personId);
}
