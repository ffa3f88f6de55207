using Bot.Core.Storage;
using LiteDB;

namespace Bot.Core.Notices;

/// <summary>Notices and their recipients in LiteDB.</summary>
internal sealed class NoticeStore : INoticeStore
{
    private readonly ILiteCollection<Notice> _notices;
    private readonly ILiteCollection<NoticeRecipient> _recipients;

    public NoticeStore(BotDatabase db)
    {
        ArgumentNullException.ThrowIfNull(db);
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

    public void Update(Notice notice) => _notices.Update(notice);

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
