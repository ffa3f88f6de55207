namespace Bot.Core.People;

/// <summary>Options of the <c>People</c> section.</summary>
public sealed class PeopleOptions
{
    public const string Section = "People";

    /// <summary>How long an invite code stays valid. Default 48 h.</summary>
    public TimeSpan InviteValidity { get; set; } = TimeSpan.FromHours(48);
}
