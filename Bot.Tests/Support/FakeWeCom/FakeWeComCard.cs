namespace Bot.Tests.Support.FakeWeCom;

/// <summary>A button_interaction template card the fake accepted: its task_id, addressees, titles and buttons (text, key).</summary>
public sealed record FakeWeComCard(string TaskId, string To, string Title, string SubTitle, IReadOnlyList<(string Text, string Key)> Buttons);
