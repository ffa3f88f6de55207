namespace Bot.Bench;

/// <summary>
/// Settings given on the command line as <c>--bot:Section:Key=Value</c>, applied to every bot the benchmark starts
/// (child process or in-process), e.g. <c>--bot:Telegram:MaxConcurrency=32</c> to try a setting.
/// </summary>
internal static class BotOverrides
{
    public static Dictionary<string, string?> Values { get; } = new(StringComparer.OrdinalIgnoreCase);

    public static void Parse(IEnumerable<string> args)
    {
        foreach (var a in args.Where(a => a.StartsWith("--bot:", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)))
        {
            var eq = a.IndexOf('=', StringComparison.Ordinal);
            Values[a[6..eq]] = a[(eq + 1)..];
        }
    }

    public static Dictionary<string, string?> Apply(IDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings);
        foreach (var (k, v) in Values)
        {
            all[k] = v;
        }

        return all;
    }
}
