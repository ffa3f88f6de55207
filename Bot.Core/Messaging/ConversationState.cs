namespace Bot.Core.Messaging;

/// <summary>
/// A multi-step dialog in progress, saved at the end of every turn, keyed by (channel, chat, user), so a restart
/// continues at the same step.
/// </summary>
public sealed class ConversationState
{
    /// <summary>"channel:chat:user".</summary>
    public string Id { get; set; } = "";

    public string Flow { get; set; } = "";

    public string Step { get; set; } = "";

    public Dictionary<string, string> Data { get; set; } = new();

    public string PersonId { get; set; } = "";

    public string Channel { get; set; } = "";

    public string ChatId { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }

    public static string KeyOf(ChatAddress chat, string userId) => $"{chat.Channel}:{chat.ChatId}:{userId}";

    public string? Get(string key) => Data.GetValueOrDefault(key);
}
