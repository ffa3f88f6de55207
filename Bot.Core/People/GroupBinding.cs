namespace Bot.Core.People;

/// <summary>A group chat on some channel bound to a community and a purpose.</summary>
public sealed class GroupBinding
{
    /// <summary>"channel:chatId".</summary>
    public string Id { get; set; } = "";

    public string Channel { get; set; } = "";

    public string ChatId { get; set; } = "";

    public string CommunityId { get; set; } = "";

    public GroupPurpose Purpose { get; set; }

    public string BoundBy { get; set; } = "";

    public DateTime BoundAtUtc { get; set; }
}
