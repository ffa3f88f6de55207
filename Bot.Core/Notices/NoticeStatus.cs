namespace Bot.Core.Notices;

/// <summary>Where a notice is in its life: previewed, waiting for its time, sent, or dropped.</summary>
internal enum NoticeStatus
{
    Draft = 0,
    Scheduled = 1,
    Sent = 2,
    Cancelled = 3,
}
