namespace Bot.Core.Messaging;

/// <summary>What happened to one send attempt.</summary>
public enum SendOutcome
{
    Sent = 0,

    /// <summary>The platform asked to wait (<see cref="SendResult.RetryAfter"/>) before sending to this chat again.</summary>
    Throttled = 1,

    /// <summary>A fault that may pass (5xx, timeout, busy): retried with backoff.</summary>
    Transient = 2,

    /// <summary>The platform refused for good (blocked by user, chat not found): recorded, not retried.</summary>
    Permanent = 3,
}

/// <summary>The result of sending one outbox message.</summary>
public sealed record SendResult(SendOutcome Outcome, string? Error = null, TimeSpan? RetryAfter = null)
{
    public static readonly SendResult Ok = new(SendOutcome.Sent);

    public static SendResult Throttle(TimeSpan retryAfter, string? error = null) => new(SendOutcome.Throttled, error, retryAfter);

    public static SendResult Fault(string error) => new(SendOutcome.Transient, error);

    public static SendResult Refused(string error) => new(SendOutcome.Permanent, error);
}
