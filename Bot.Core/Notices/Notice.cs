namespace Bot.Core.Notices;

/// <summary>
/// One party lecture or bulletin: its text, its audience, and its state. State changes go through the methods
/// named for them, each guarded by the current state.
/// </summary>
internal sealed class Notice
{
    /// <summary>Community id meaning "every community of the district" (district admins only).</summary>
    public const string AllCommunities = "*";

    private DateTime? _autoRemindedAtUtc;
    private DateTime? _lastRemindedAtUtc;
    private DateTime? _sentAtUtc;
    private DateTime? _scheduledAtUtc;
    private DateTime _createdAtUtc;

    /// <summary>Short number people type (<c>已学 12</c>); assigned by the store.</summary>
    public int Id { get; set; }

    public NoticeKind Kind { get; set; }

    /// <summary>A community id, or <see cref="AllCommunities"/>.</summary>
    public string CommunityId { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The content as written, line breaks and links intact.</summary>
    public string Content { get; set; } = "";

    public NoticeAudience Audience { get; set; }

    public NoticeStatus Status { get; set; }

    /// <summary>Person id of the author, or <c>schedule:NAME</c> for a recurring notice.</summary>
    public string AuthorId { get; set; } = "";

    public DateTime CreatedAtUtc
    {
        get => _createdAtUtc;
        set => _createdAtUtc = StoredTime.AsUtc(value);
    }

    public DateTime? ScheduledAtUtc
    {
        get => _scheduledAtUtc;
        set => _scheduledAtUtc = StoredTime.AsUtc(value);
    }

    public DateTime? SentAtUtc
    {
        get => _sentAtUtc;
        set => _sentAtUtc = StoredTime.AsUtc(value);
    }

    /// <summary>Group chats the notice was sent to.</summary>
    public int GroupCount { get; set; }

    /// <summary>People it was addressed to privately (reachable or not).</summary>
    public int PersonCount { get; set; }

    /// <summary>Messages enqueued per channel (groups and people): the per-channel record of the fan-out.</summary>
    public Dictionary<string, int> ChannelCounts { get; set; } = [];

    public int RemindCount { get; set; }

    public DateTime? LastRemindedAtUtc
    {
        get => _lastRemindedAtUtc;
        set => _lastRemindedAtUtc = StoredTime.AsUtc(value);
    }

    public DateTime? AutoRemindedAtUtc
    {
        get => _autoRemindedAtUtc;
        set => _autoRemindedAtUtc = StoredTime.AsUtc(value);
    }

    /// <summary>For a recurring notice: schedule name and fire time, so a double fire creates one notice.</summary>
    public string? OccurrenceKey { get; set; }

    public bool IsForAllCommunities => CommunityId == AllCommunities;

    public void ScheduleAt(DateTimeOffset at)
    {
        if (Status is not (NoticeStatus.Draft or NoticeStatus.Scheduled))
        {
            throw new InvalidOperationException($"Notice {Id} is {Status}; only a draft can be scheduled.");
        }

        Status = NoticeStatus.Scheduled;
        ScheduledAtUtc = at.UtcDateTime;
    }

    public void MarkSent(DateTimeOffset now)
    {
        if (Status is not (NoticeStatus.Draft or NoticeStatus.Scheduled))
        {
            throw new InvalidOperationException($"Notice {Id} is {Status}; it cannot be sent again.");
        }

        Status = NoticeStatus.Sent;
        SentAtUtc = now.UtcDateTime;
    }

    public bool Cancel()
    {
        if (Status is not (NoticeStatus.Draft or NoticeStatus.Scheduled))
        {
            return false;
        }

        Status = NoticeStatus.Cancelled;
        return true;
    }

    public void RecordReminder(DateTimeOffset now, bool automatic)
    {
        RemindCount++;
        LastRemindedAtUtc = now.UtcDateTime;
        if (automatic)
        {
            AutoRemindedAtUtc = now.UtcDateTime;
        }
    }
}
