namespace Bot.Core.Messaging;

/// <summary>Options of the <c>Outbox</c> section.</summary>
public sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>Transient failures before a message is given up and recorded as failed. Default 60.</summary>
    public int MaxAttempts { get; set; } = 60;

    /// <summary>First retry delay after a transient failure; doubles each time. Default 1 s.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest delay between retries. Default 5 min.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the dispatcher claims again even when nothing woke it, as a safety net. Default 30 s.</summary>
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a dispatcher's claim on a message lasts (<see cref="IOutboxStore.Claim"/>): if the host dies before
    /// recording the send, another host may send the message once this has passed. Longer than a send and the wait for
    /// the channel's rate limits takes. Default 5 min.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);
}
