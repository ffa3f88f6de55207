namespace Bot.Core.Notices;

/// <summary>Notices and their per-recipient records (one per notice and person).</summary>
internal interface INoticeStore
{
    /// <summary>Stores a new notice and assigns its <see cref="Notice.Id"/>.</summary>
    Notice Add(Notice notice);

    /// <summary>
    /// Stores a new notice of one occurrence of a recurring schedule (<see cref="Notice.OccurrenceKey"/> set) and assigns
    /// its <see cref="Notice.Id"/>, unless a notice with that key is stored already: then nothing is stored and it
    /// returns false. Of several callers (hosts) adding the same occurrence at once, exactly one gets true.
    /// </summary>
    bool AddOccurrence(Notice notice);

    void Update(Notice notice);

    /// <summary>
    /// Saves <paramref name="notice"/>, which the caller has just marked <see cref="NoticeStatus.Sent"/>, only if the
    /// stored one is still a draft or scheduled (not sent or cancelled by another caller meanwhile). Returns whether this
    /// call did it: of several callers sending the same notice at once, exactly one gets true.
    /// </summary>
    bool MarkSent(Notice notice);

    /// <summary>
    /// Saves <paramref name="notice"/>, which the caller has just cancelled (<see cref="Notice.Cancel"/>), only if the
    /// stored one is still a draft or scheduled, the same condition <see cref="MarkSent"/> has: of a cancel and a send of
    /// one notice at once, exactly one gets true. False means it was sent or cancelled by another caller meanwhile (read
    /// it again to say which); nothing is changed then.
    /// </summary>
    bool MarkCancelled(Notice notice);

    /// <summary>
    /// Saves <paramref name="notice"/>, a draft the caller has changed (its audience, or scheduled it), only if the stored
    /// one is still a draft: never over a notice sent, scheduled or cancelled by another caller meanwhile. Returns whether
    /// it did.
    /// </summary>
    bool SaveDraft(Notice notice);

    /// <summary>
    /// Claims reminder number <see cref="Notice.RemindCount"/> of a sent notice: saves <paramref name="notice"/>, on which
    /// the caller has just recorded a reminder (<see cref="Notice.RecordReminder"/>), only if the stored one is sent and
    /// has exactly one reminder fewer. Of several callers (hosts) reminding from the same stored notice, exactly one gets
    /// true and sends the reminder; the others send nothing.
    /// </summary>
    bool ClaimReminder(Notice notice);

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

/// <summary>What every <see cref="INoticeStore"/> checks before a conditional save.</summary>
internal static class NoticeStoreGuard
{
    /// <summary>Throws unless the caller has put <paramref name="notice"/> in <paramref name="status"/> before saving it.</summary>
    public static void Require(Notice notice, NoticeStatus status)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.Status != status)
        {
            throw new ArgumentException($"Notice {notice.Id} is {notice.Status}, not {status}.", nameof(notice));
        }
    }
}
