namespace Bot.Tests.Support.FakeTelegram;

/// <summary>The sending limits the fake enforces with real 429 answers and retry_after. Defaults are Telegram's.</summary>
public sealed record FakeTelegramLimits
{
    public int MessagesPerSecond { get; init; } = 30;

    public int PrivateChatPerSecond { get; init; } = 1;

    public int GroupChatPerMinute { get; init; } = 20;

    /// <summary>Limits high enough never to trigger, for tests about something else.</summary>
    public static FakeTelegramLimits Relaxed { get; } = new() { MessagesPerSecond = 10_000, PrivateChatPerSecond = 10_000, GroupChatPerMinute = 10_000 };
}
