using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Bot.Bench;

/// <summary>Prints results as a Markdown table and writes them to bench-results.json.</summary>
internal static class Report
{
    public static string Markdown(IReadOnlyList<BenchResult> results)
    {
        var sb = new StringBuilder();
        foreach (var scenario in results.GroupBy(r => r.Scenario))
        {
            var keys = scenario.SelectMany(r => r.Figures.Keys).Distinct().ToList();
            sb.Append("### ").Append(scenario.Key).Append('\n').Append('\n');
            sb.Append("| subject | ").Append(string.Join(" | ", keys)).Append(" |\n");
            sb.Append("|---|").Append(string.Concat(keys.Select(_ => "---:|"))).Append('\n');
            foreach (var r in scenario)
            {
                sb.Append("| ").Append(r.Subject).Append(" | ")
                    .Append(string.Join(" | ", keys.Select(k => r.Figures.TryGetValue(k, out var v) ? Format(v) : "")))
                    .Append(" |\n");
            }

            foreach (var note in scenario.SelectMany(r => r.Notes))
            {
                sb.Append('\n').Append("- ").Append(note.Key).Append(": ").Append(note.Value);
            }

            sb.Append("\n\n");
        }

        return sb.ToString();
    }

    public static void WriteJson(string path, IReadOnlyList<BenchResult> results, string machine, string backend)
    {
        var doc = new
        {
            machine,
            backend,
            results = results.Select(r => new { r.Scenario, r.Subject, r.Figures, r.Notes }),
        };
        File.WriteAllText(path, JsonSerializer.Serialize(doc, new JsonSerializerOptions
        {
            WriteIndented = true,
            Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }));
    }

    private static string Format(double v) =>
        Math.Abs(v) >= 100 ? v.ToString("0", CultureInfo.InvariantCulture) : v.ToString("0.###", CultureInfo.InvariantCulture);
}
