namespace Bot.Core.Notices;

/// <summary>That a person was shown a notice's preview, and when: what a confirmation may act on.</summary>
internal sealed class NoticePreview
{
    private DateTime _shownAtUtc;

    /// <summary>"noticeId:personId".</summary>
    public string Id { get; set; } = "";

    public int NoticeId { get; set; }

    public string PersonId { get; set; } = "";

    public DateTime ShownAtUtc
    {
        get => _shownAtUtc;
        set => _shownAtUtc = StoredTime.AsUtc(value);
    }

    public static string KeyOf(int noticeId, string personId) => $"{noticeId}:{personId}";
}
