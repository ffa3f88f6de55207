using Bot.Core.People;

namespace Bot.Core.Membership;

/// <summary>A single-use code a secretary hands out so a cadre (or secretary) can join from their own phone.</summary>
public sealed class Invite
{
    public string Code { get; set; } = "";

    public string CommunityId { get; set; } = "";

    public Role Role { get; set; }

    public string CreatedBy { get; set; } = "";

    public DateTime ExpiresAtUtc { get; set; }

    public string? UsedBy { get; set; }

    public DateTime? UsedAtUtc { get; set; }
}
