using Bot.Core.People;

namespace Bot.Bench;

/// <summary>One person of the benchmark district with their platform ids.</summary>
internal sealed record Member(string Name, Role Role, int Community, long TelegramId, string WeComId, string Phone);
