namespace Bot.Core.Notices;

/// <summary>
/// One person a notice was addressed to, and their acknowledgement. The per-recipient record of a fan-out: a
/// person has at most one per notice, so an acknowledgement is counted once.
/// </summary>
internal sealed class NoticeRecipient
{
    private DateTime? _ackedAtUtc;

    /// <summary>"noticeId:personId".</summary>
    public string Id { get; set; } = "";

    public int NoticeId { get; set; }

    public string PersonId { get; set; } = "";

    public string Name { get; set; } = "";

    public string CommunityId { get; set; } = "";

    public bool PartyMember { get; set; }

    /// <summary>False for someone who acknowledged from a group without being addressed privately.</summary>
    public bool Addressed { get; set; } = true;

    /// <summary>False when the person has no account on a running channel (they may still read it in a group).</summary>
    public bool Reachable { get; set; } = true;

    /// <summary>The channel the private copy went to.</summary>
    public string? Channel { get; set; }

    public DateTime? AckedAtUtc
    {
        get => _ackedAtUtc;
        set => _ackedAtUtc = StoredTime.AsUtc(value);
    }

    public string? AckChannel { get; set; }

    public bool Acked => AckedAtUtc is not null;

    public static string KeyOf(int noticeId, string personId) => $"{noticeId}:{personId}";

    public bool Acknowledge(DateTimeOffset now, string channel)
    {
        if (AckedAtUtc is not null)
        {
            return false;
        }

        AckedAtUtc = now.UtcDateTime;
        AckChannel = channel;
        return true;
    }
}
