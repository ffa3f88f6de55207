namespace Bot.Core.Messaging;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,
    Failed = 2,
}
