namespace Bot.Tests.Support.FakeTelegram;

/// <summary>An injected fault for the next matching call of <see cref="Method"/> (optionally to one chat).</summary>
public sealed record FakeFault(string Method, FakeFaultKind Kind, long? ChatId = null, TimeSpan Delay = default);
