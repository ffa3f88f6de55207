using System.Text.Json.Nodes;

namespace Bot.Tests.Support.FakeTelegram;

/// <summary>
/// One Bot API call as the fake saw it: method, parameters, HTTP status (0: no answer) and the JSON answered;
/// <see cref="FormEncoded"/> when the values came as form strings.
/// </summary>
public sealed record FakeExchange(long Sequence, string Method, JsonObject Parameters, int Status, JsonNode? Response, DateTimeOffset At,
    bool FormEncoded = false)
{
    public long? ChatId => Parameters["chat_id"] is JsonValue v && long.TryParse(v.ToString(), out var id) ? id : null;
}
