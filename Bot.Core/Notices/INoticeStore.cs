namespace Bot.Core.Notices;

/// <summary>Notices and their per-recipient records (one per notice and person).</summary>
internal interface INoticeStore
{
    /// <summary>Stores a new notice and assigns its <see cref="Notice.Id"/>.</summary>
    Notice Add(Notice notice);

    void Update(Notice notice);

    /// <summary>The notice, or null when there is none with that id.</summary>
    Notice? Get(int id);

    /// <summary>Notices in <paramref name="status"/>, oldest id first.</summary>
    IReadOnlyList<Notice> WithStatus(NoticeStatus status);

    bool OccurrenceExists(string key);

    /// <summary>The newest notices first, of one community (plus district-wide ones), or of all when null.</summary>
    IReadOnlyList<Notice> Recent(string? communityId, int count, Func<Notice, bool>? filter = null);

    /// <summary>Everyone recorded for one notice, ordered by person id (ordinal), the same on every backend.</summary>
    IReadOnlyList<NoticeRecipient> Recipients(int noticeId);

    NoticeRecipient? Recipient(int noticeId, string personId);

    /// <summary>Records recipients; one already recorded (a resumed fan-out) is left as it is. Returns how many were new.</summary>
    int AddRecipients(IEnumerable<NoticeRecipient> recipients);

    /// <summary>Inserts or replaces the record of one (notice, person).</summary>
    void SaveRecipient(NoticeRecipient recipient);
}
