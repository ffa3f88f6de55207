using System.Text.Json;
using System.Text.Json.Nodes;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Bot.Tests.Telegram;

/// <summary>The sample updates of Data/telegram/telegram-updates.json (see the README there for their sources).</summary>
internal static class TelegramVectors
{
    private static readonly Lazy<JsonArray> Examples = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "telegram", "telegram-updates.json")))!["examples"]!.AsArray());

    public static IEnumerable<string> Names => Examples.Value.Select(e => e!["name"]!.GetValue<string>());

    public static JsonObject Json(string name) =>
        Examples.Value.First(e => e!["name"]!.GetValue<string>() == name)!["update"]!.DeepClone().AsObject();

    public static Update Update(string name) => JsonSerializer.Deserialize<Update>(Json(name).ToJsonString(), JsonBotAPI.Options)!;
}
