using Bot.Core.Storage;

namespace Bot.Core.Messaging;

/// <summary>Signalled when the inbox recorded a message still to be handled: the inbox processor wakes up.</summary>
public sealed class InboxAccepted : ICommitSignal
{
    public static readonly InboxAccepted Instance = new();

    private InboxAccepted()
    {
    }
}
