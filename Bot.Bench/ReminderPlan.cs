namespace Bot.Bench;

/// <summary>The reminders scenario's shifts: who starts at <see cref="Due"/>, on which channel.</summary>
internal sealed record ReminderPlan(DateTimeOffset Due, IReadOnlyList<Member> Cadres, string Channel);
