using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Notices;

/// <summary>Notices and their recipients in LiteDB.</summary>
internal sealed class NoticeStore : INoticeStore
{
    private readonly ILiteCollection<Notice> _notices;
    private readonly ILiteCollection<NoticeRecipient> _recipients;
    private readonly BotDatabase _db;

    public NoticeStore(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
        _db = db;
        _notices = db.Collection<Notice>("notices");
        _notices.EnsureIndex(x => x.Status);
        _notices.EnsureIndex(x => x.CommunityId);
        _notices.EnsureIndex(x => x.OccurrenceKey);
        _recipients = db.Collection<NoticeRecipient>("notice_recipients");
        _recipients.EnsureIndex(x => x.NoticeId);
    }

    public Notice Add(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        _notices.Insert(notice);
        return notice;
    }

    /// <summary>
    /// Inserts first: the insert takes the collection's write lock, which the transaction holds until it commits, so the
    /// count that follows sees every occurrence committed before, and no other can be committed until this one ends. A
    /// second notice with the key is taken out again.
    /// </summary>
    public bool AddOccurrence(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var key = notice.OccurrenceKey ?? throw new ArgumentException("A recurring notice needs its occurrence key.", nameof(notice));
        return _db.InTransaction(() =>
        {
            _notices.Insert(notice);
            if (_notices.Count(Expressions.Of("$.OccurrenceKey = @0", key)) == 1)
            {
                return true;
            }

            _notices.Delete(notice.Id);
            notice.Id = 0;
            return false;
        });
    }

    public void Update(Notice notice) => _notices.Update(notice);

    /// <summary>
    /// The conditional update runs under the collection's write lock, which the transaction then holds until it commits,
    /// so of several callers sending the same notice exactly one finds it still a draft or scheduled.
    /// </summary>
    public bool MarkSent(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        if (notice.Status != NoticeStatus.Sent)
        {
            throw new ArgumentException($"Notice {notice.Id} is {notice.Status}, not marked sent.", nameof(notice));
        }

        return _db.InTransaction(() =>
        {
            var changed = _notices.UpdateMany(
                Expressions.Of($"{{ Status: '{nameof(NoticeStatus.Sent)}' }}"),
                Expressions.Of($"$._id = @0 AND ($.Status = '{nameof(NoticeStatus.Draft)}' OR $.Status = '{nameof(NoticeStatus.Scheduled)}')", notice.Id));
            if (changed == 0)
            {
                return false;
            }

            _notices.Update(notice);
            return true;
        });
    }

    public Notice? Get(int id) => _notices.FindOne(Expressions.ById(id));

    /// <summary>The notices in <paramref name="status"/>, lowest id first (LiteDB alone returns them in index order).</summary>
    public IReadOnlyList<Notice> WithStatus(NoticeStatus status) =>
        _notices.Find(Expressions.Of("$.Status = @0", status.ToString())).OrderBy(n => n.Id).ToList();

    public bool OccurrenceExists(string key) =>
        _notices.Exists(Expressions.Of("$.OccurrenceKey = @0", key));

    /// <summary>The newest notices first, of one community (plus district-wide ones), or of all when null.</summary>
    public IReadOnlyList<Notice> Recent(string? communityId, int count, Func<Notice, bool>? filter = null) =>
        _notices.Query().OrderByDescending(x => x.Id).ToEnumerable()
            .Where(n => communityId is null || n.CommunityId == communityId || n.IsForAllCommunities)
            .Where(n => filter is null || filter(n))
            .Take(count).ToList();

    public IReadOnlyList<NoticeRecipient> Recipients(int noticeId) =>
        _recipients.Find(Expressions.Of("$.NoticeId = @0", noticeId)).OrderBy(r => r.PersonId, StringComparer.Ordinal).ToList();

    public NoticeRecipient? Recipient(int noticeId, string personId) =>
        _recipients.FindOne(Expressions.ById(NoticeRecipient.KeyOf(noticeId, personId)));

    /// <summary>Records recipients; one already recorded (a resumed fan-out) is left as it is.</summary>
    public int AddRecipients(IEnumerable<NoticeRecipient> recipients)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var added = 0;
        foreach (var r in recipients)
        {
            r.Id = NoticeRecipient.KeyOf(r.NoticeId, r.PersonId);
            if (_recipients.FindOne(Expressions.ById(r.Id)) is null)
            {
                _recipients.Insert(r);
                added++;
            }
        }

        return added;
    }

    public void SaveRecipient(NoticeRecipient recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        recipient.Id = NoticeRecipient.KeyOf(recipient.NoticeId, recipient.PersonId);
        _recipients.Upsert(recipient);
    }
}
