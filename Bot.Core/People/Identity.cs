namespace Bot.Core.People;

/// <summary>A person's account on one channel.</summary>
public sealed class Identity
{
    public string Channel { get; set; } = "";

    public string UserId { get; set; } = "";

    public string Key => $"{Channel}:{UserId}";
}
