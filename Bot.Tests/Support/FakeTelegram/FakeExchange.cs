using System.Text.Json.Nodes;

namespace Bot.Tests.Support.FakeTelegram;

/// <summary>One Bot API call as the fake saw it: method, parameters, HTTP status and the JSON answered.</summary>
public sealed record FakeExchange(long Sequence, string Method, JsonObject Parameters, int Status, JsonNode? Response, DateTimeOffset At)
{
    public long? ChatId => Parameters["chat_id"] is JsonValue v && long.TryParse(v.ToString(), out var id) ? id : null;
}
