namespace Bot.Core.Messaging;

/// <summary>
/// Where a message goes or comes from: a chat on one channel. <see cref="ThreadId"/> is a forum topic
/// (Telegram) so replies land in the same topic.
/// </summary>
public sealed record ChatAddress(string Channel, string ChatId, ChatKind Kind, string? ThreadId = null)
{
    /// <summary>A stable key for per-chat bookkeeping (rate limits, conversations).</summary>
    public string Key => $"{Channel}:{ChatId}";

    public static ChatAddress PrivateTo(string channel, string userId) => new(channel, userId, ChatKind.Private);

    public override string ToString() => Key;
}
