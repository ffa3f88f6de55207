using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Notices;

/// <summary>Notices and their recipients in LiteDB.</summary>
internal sealed class NoticeStore : INoticeStore
{
    /// <summary>Stored as a draft or scheduled: not sent or cancelled yet.</summary>
    private const string Unsent = $"$.Status = '{nameof(NoticeStatus.Draft)}' OR $.Status = '{nameof(NoticeStatus.Scheduled)}'";

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
    /// The conditional updates (<see cref="MarkSent"/>, <see cref="MarkCancelled"/>, <see cref="SaveDraft"/>,
    /// <see cref="ClaimReminder"/>) run under the collection's write lock, which the transaction then holds until it
    /// commits, so of several callers changing the same notice from one stored state exactly one finds it unchanged.
    /// </summary>
    public bool MarkSent(Notice notice)
    {
        NoticeStoreGuard.Require(notice, NoticeStatus.Sent);
        return SaveIf(notice, Unsent);
    }

    public bool MarkCancelled(Notice notice)
    {
        NoticeStoreGuard.Require(notice, NoticeStatus.Cancelled);
        return SaveIf(notice, Unsent);
    }

    public bool SaveDraft(Notice notice)
    {
        ArgumentNullException.ThrowIfNull(notice);
        return SaveIf(notice, $"$.Status = '{nameof(NoticeStatus.Draft)}'");
    }

    public bool ClaimReminder(Notice notice)
    {
        NoticeStoreGuard.Require(notice, NoticeStatus.Sent);
        return SaveIf(notice, $"$.Status = '{nameof(NoticeStatus.Sent)}' AND $.RemindCount = @1", notice.RemindCount - 1);
    }

    /// <summary>Replaces the stored notice when it matches <paramref name="stored"/> (an expression, <c>@1</c> = <paramref name="p1"/>).</summary>
    private bool SaveIf(Notice notice, string stored, int p1 = 0) => _db.InTransaction(() =>
    {
        var changed = _notices.UpdateMany(
            Expressions.Of("{ Status: @0 }", notice.Status.ToString()),
            Expressions.Of($"$._id = @0 AND ({stored})", notice.Id, p1));
        if (changed == 0)
        {
            return false;
        }

        _notices.Update(notice);
        return true;
    });

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
