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
    /// How long a dispatcher's claim on a message lasts (<see cref="IOutboxStore.Claim"/>) unless renewed: if the host
    /// dies before recording the send, another host may send the message once this has passed since the last renewal.
    /// A living dispatcher renews its claims every <see cref="ClaimRenewInterval"/>, so a slow send or a long wait for
    /// the rate limits never loses its claim. Default 30 s.
    /// </summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How often a dispatcher renews the claims it holds (<see cref="IOutboxStore.RenewClaims"/>); at most a third of
    /// <see cref="ClaimLease"/>, so a renewal delayed by a slow database or a missed one still comes in time. Default 10 s.
    /// </summary>
    public TimeSpan ClaimRenewInterval { get; set; } = TimeSpan.FromSeconds(10);
}
