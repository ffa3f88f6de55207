namespace Bot.Tests.Support.FakeTelegram;

/// <summary>The sending limits the fake enforces with real 429 answers and retry_after. Defaults are Telegram's.</summary>
public sealed record FakeTelegramLimits
{
    public int MessagesPerSecond { get; init; } = 30;

    public int PrivateChatPerSecond { get; init; } = 1;

    public int GroupChatPerMinute { get; init; } = 20;

    /// <summary>Limits high enough never to trigger, for tests about something else.</summary>
    public static FakeTelegramLimits Relaxed { get; } = new() { MessagesPerSecond = 10_000, PrivateChatPerSecond = 10_000, GroupChatPerMinute = 10_000 };

    /// <summary>No limits at all, nothing counted (benchmarks: the echo floor alone sends more than 10,000 a second in bursts).</summary>
    public static FakeTelegramLimits Off { get; } = new() { MessagesPerSecond = int.MaxValue, PrivateChatPerSecond = int.MaxValue, GroupChatPerMinute = int.MaxValue };

    public bool IsOff => MessagesPerSecond == int.MaxValue && PrivateChatPerSecond == int.MaxValue && GroupChatPerMinute == int.MaxValue;
}
