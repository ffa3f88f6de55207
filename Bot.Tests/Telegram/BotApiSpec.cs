using System.Text.Json;
using System.Text.Json.Nodes;

namespace Bot.Tests.Telegram;

/// <summary>
/// The Bot API as JSON (Data/telegram/telegram-bot-api-spec.json): checks that a call's parameters and an answer's
/// fields exist in the spec, that required ones are present and that values have the declared types.
/// </summary>
internal sealed class BotApiSpec
{
    private static readonly Lazy<BotApiSpec> Loaded = new(() => new BotApiSpec(
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "telegram", "telegram-bot-api-spec.json")))!.AsObject()));

    private readonly JsonObject _methods;
    private readonly JsonObject _types;

    private BotApiSpec(JsonObject root)
    {
        _methods = root["methods"]!.AsObject();
        _types = root["types"]!.AsObject();
    }

    public static BotApiSpec Instance => Loaded.Value;

    public bool HasMethod(string method) => _methods.ContainsKey(method);

    /// <summary>Checks a call's parameters; <paramref name="formEncoded"/> accepts numbers and booleans sent as strings.</summary>
    public IReadOnlyList<string> CheckRequest(string method, JsonObject parameters, bool formEncoded = false)
    {
        if (formEncoded)
        {
            parameters = (JsonObject)parameters.DeepClone();
            foreach (var (key, value) in parameters.ToList())
            {
                if (value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                {
                    var s = v.GetValue<string>();
                    parameters[key] = long.TryParse(s, out var n) ? JsonValue.Create(n)
                        : bool.TryParse(s, out var b) ? JsonValue.Create(b)
                        : v.DeepClone();
                }
            }
        }

        if (_methods[method] is not JsonObject spec)
        {
            return [$"{method}: not a Bot API method"];
        }

        return CheckFields(method, spec["fields"] as JsonArray, parameters);
    }

    public IReadOnlyList<string> CheckResponse(string method, JsonNode? body)
    {
        if (body is not JsonObject o || o["ok"] is not JsonValue ok)
        {
            return [$"{method}: answer is not {{\"ok\":…}}"];
        }

        if (ok.GetValue<bool>())
        {
            var returns = _methods[method]!["returns"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
            return CheckValue($"{method}.result", o["result"], returns);
        }

        var problems = new List<string>();
        problems.AddRange(CheckValue($"{method}.error_code", o["error_code"], ["Integer"]));
        problems.AddRange(CheckValue($"{method}.description", o["description"], ["String"]));
        if (o["parameters"] is { } p)
        {
            problems.AddRange(CheckValue($"{method}.parameters", p, ["ResponseParameters"]));
        }

        return problems;
    }

    public IReadOnlyList<string> CheckType(string type, JsonNode? value) => CheckValue(type, value, [type]);

    private List<string> CheckFields(string path, JsonArray? fields, JsonObject value)
    {
        var problems = new List<string>();
        var byName = (fields ?? []).OfType<JsonObject>().ToDictionary(f => f["name"]!.GetValue<string>());
        foreach (var (name, node) in value)
        {
            if (!byName.TryGetValue(name, out var field))
            {
                problems.Add($"{path}.{name}: not in the spec");
                continue;
            }

            problems.AddRange(CheckValue($"{path}.{name}", node, field["types"]!.AsArray().Select(t => t!.GetValue<string>()).ToList()));
        }

        foreach (var (name, field) in byName)
        {
            if (field["required"]?.GetValue<bool>() == true && !value.ContainsKey(name))
            {
                problems.Add($"{path}.{name}: required but missing");
            }
        }

        return problems;
    }

    private List<string> CheckValue(string path, JsonNode? value, IReadOnlyList<string> types)
    {
        List<string>? best = null;
        foreach (var type in types)
        {
            var problems = CheckOne(path, value, type);
            if (problems.Count == 0)
            {
                return problems;
            }

            best = best is null || problems.Count < best.Count ? problems : best;
        }

        return best ?? [];
    }

    private List<string> CheckOne(string path, JsonNode? value, string type)
    {
        if (type.StartsWith("Array of ", StringComparison.Ordinal))
        {
            return value is JsonArray array
                ? array.SelectMany((item, i) => CheckOne($"{path}[{i}]", item, type["Array of ".Length..])).ToList()
                : [$"{path}: expected {type}"];
        }

        var kind = value?.GetValueKind();
        bool Is(params JsonValueKind[] kinds) => kind is { } k && kinds.Contains(k);
        switch (type)
        {
            case "Integer":
                return Is(JsonValueKind.Number) && !value!.ToJsonString().Contains('.', StringComparison.Ordinal) ? [] : [$"{path}: expected Integer"];
            case "Float":
                return Is(JsonValueKind.Number) ? [] : [$"{path}: expected Float"];
            case "String" or "InputFile":
                return Is(JsonValueKind.String) ? [] : [$"{path}: expected {type}"];
            case "Boolean":
                return Is(JsonValueKind.True, JsonValueKind.False) ? [] : [$"{path}: expected Boolean"];
        }

        if (_types[type] is not JsonObject spec)
        {
            return [$"{path}: unknown type {type}"];
        }

        if (spec["subtypes"] is JsonArray subtypes)
        {
            return CheckValue(path, value, subtypes.Select(s => s!.GetValue<string>()).ToList());
        }

        return value is JsonObject o ? CheckFields(path, spec["fields"] as JsonArray, o) : [$"{path}: expected {type} object"];
    }
}
