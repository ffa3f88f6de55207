namespace Bot.Host.Channels.WeCom;

/// <summary>
/// How WeCom chats are named in <see cref="Bot.Core.Messaging.ChatAddress.ChatId"/>. Private chats are the member's
/// userid; group chats carry a prefix saying how the bot reaches them.
/// </summary>
public static class WeComChatIds
{
    /// <summary>An app-created group chat (appchat/create); send-only.</summary>
    public const string AppChat = "appchat:";

    /// <summary>A group reached through a robot webhook named under <c>WeCom:Robots</c>; send-only.</summary>
    public const string Robot = "robot:";

    /// <summary>An ordinary group the intelligent bot is in; it receives @-mentions there.</summary>
    public const string AiBot = "aibot:";
}
