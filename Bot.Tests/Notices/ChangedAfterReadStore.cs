using Bot.Core.Notices;

namespace Bot.Tests.Notices;

/// <summary>
/// The notice store with another host acting in between: after <see cref="AfterNextReadOf"/>, the next read of that
/// notice (<see cref="Get"/>) takes what is stored, then runs the action (another host changing the notice, say sending
/// it), and returns the copy it took: the caller goes on with what it read before the change. Everything else goes
/// straight to the real store.
/// </summary>
internal sealed class ChangedAfterReadStore(INoticeStore inner) : INoticeStore
{
    private (int Id, Action Then)? _pending;

    /// <summary>Runs <paramref name="then"/> once, right after the next read of notice <paramref name="id"/>.</summary>
    public void AfterNextReadOf(int id, Action then) => _pending = (id, then);

    public Notice? Get(int id)
    {
        var notice = inner.Get(id);
        if (_pending is { } p && p.Id == id)
        {
            _pending = null;
            p.Then();
        }

        return notice;
    }

    public Notice Add(Notice notice) => inner.Add(notice);

    public bool AddOccurrence(Notice notice) => inner.AddOccurrence(notice);

    public void Update(Notice notice) => inner.Update(notice);

    public bool MarkSent(Notice notice) => inner.MarkSent(notice);

    public bool MarkCancelled(Notice notice) => inner.MarkCancelled(notice);

    public bool SaveDraft(Notice notice) => inner.SaveDraft(notice);

    public bool ClaimReminder(Notice notice) => inner.ClaimReminder(notice);

    public IReadOnlyList<Notice> WithStatus(NoticeStatus status) => inner.WithStatus(status);

    public bool OccurrenceExists(string key) => inner.OccurrenceExists(key);

    public IReadOnlyList<Notice> Recent(string? communityId, int count, Func<Notice, bool>? filter = null) => inner.Recent(communityId, count, filter);

    public IReadOnlyList<NoticeRecipient> Recipients(int noticeId) => inner.Recipients(noticeId);

    public NoticeRecipient? Recipient(int noticeId, string personId) => inner.Recipient(noticeId, personId);

    public int AddRecipients(IEnumerable<NoticeRecipient> recipients) => inner.AddRecipients(recipients);

    public void SaveRecipient(NoticeRecipient recipient) => inner.SaveRecipient(recipient);
}
