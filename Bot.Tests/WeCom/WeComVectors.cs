using System.Text.Json;

namespace Bot.Tests.WeCom;

/// <summary>The callback-crypto vectors in Data/wecom/wecom-callback.json (official samples and generated cases).</summary>
public static class WeComVectors
{
    private static readonly Lazy<JsonDocument> Doc = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "wecom", "wecom-callback.json"))));

    public static IEnumerable<(JsonElement Set, JsonElement Case, string Name)> All()
    {
        var s = 0;
        foreach (var set in Doc.Value.RootElement.GetProperty("vector_sets").EnumerateArray())
        {
            var c = 0;
            foreach (var item in set.GetProperty("cases").EnumerateArray())
            {
                yield return (set, item, $"set{s}-case{c}-{item.GetProperty("kind").GetString()}");
                c++;
            }

            s++;
        }
    }

    public static TheoryData<string> Names(Func<JsonElement, bool> filter)
    {
        var data = new TheoryData<string>();
        foreach (var (_, item, name) in All().Where(v => filter(v.Case)))
        {
            data.Add(name);
        }

        return data;
    }

    public static (JsonElement Set, JsonElement Case) Get(string name)
    {
        var (set, item, _) = All().Single(v => v.Name == name);
        return (set, item);
    }

    public static string S(this JsonElement e, string name) => e.GetProperty(name).GetString()!;

    public static bool IsNegative(JsonElement c) => c.TryGetProperty("negative", out var n) && n.GetBoolean();
}
