namespace Bot.Core.Messaging;

/// <summary>Interactive replies are sent before bulk messages (broadcasts, reminders) on the same channel.</summary>
public enum MessagePriority
{
    Interactive = 0,
    Bulk = 1,
}
