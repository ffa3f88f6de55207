namespace Bot.Core.Messaging;

/// <summary>Options of the <c>Conversations</c> section.</summary>
public sealed class ConversationOptions
{
    public const string Section = "Conversations";

    /// <summary>A conversation idle this long expires with a message. Default 30 min.</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
}
