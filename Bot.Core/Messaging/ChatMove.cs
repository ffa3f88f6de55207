namespace Bot.Core.Messaging;

/// <summary>
/// A chat that goes on under a new id on its platform (Telegram: a group upgraded to a supergroup). Handed to the
/// inbox with the messages that arrived with it; the core moves what it stores about the chat to the new id.
/// </summary>
public sealed record ChatMove(string Channel, string OldChatId, string NewChatId);
