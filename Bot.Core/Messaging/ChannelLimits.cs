namespace Bot.Core.Messaging;

/// <summary>
/// What a platform allows a bot to send. Registered once per channel; the outbox and its dispatcher enforce it
/// before sending, because some platforms (WeCom) silently drop what exceeds their limits.
/// </summary>
public sealed record ChannelLimits
{
    public required string Channel { get; init; }

    /// <summary>Longest text one message may carry; longer text is split at line breaks.</summary>
    public int MaxTextLength { get; init; } = 4096;

    /// <summary>Rolling-window limits, each applied to its scope.</summary>
    public IReadOnlyList<RateRule> Rules { get; init; } = [];

    /// <summary>Requests the dispatcher may have in flight at once (each chat still gets one at a time).</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>How many messages with the same batch key one platform call may carry.</summary>
    public int MaxBatchSize { get; init; } = 1;
}
