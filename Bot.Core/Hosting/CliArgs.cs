namespace Bot.Core.Hosting;

/// <summary>Splits a verb's arguments from the <c>--Section:Key=value</c> settings given on the same line.</summary>
public static class CliArgs
{
    public static bool IsSetting(string arg) => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal);

    public static string[] Positional(string[] args) => args.Where(a => !IsSetting(a)).ToArray();
}
