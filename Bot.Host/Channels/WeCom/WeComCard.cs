namespace Bot.Host.Channels.WeCom;

/// <summary>A built template card: its JSON object, the text to send before it (when the card cannot show it all), and its record.</summary>
internal sealed record WeComCard(IReadOnlyDictionary<string, object> Body, string? Lead, WeComCardRecord Record);
