namespace Bot.Core.Messaging;

/// <summary>Whether a chat is a one-to-one conversation with the bot or a group.</summary>
public enum ChatKind
{
    Private = 0,
    Group = 1,
}
