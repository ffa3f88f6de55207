namespace Bot.Bench;

/// <summary>One measured row: a scenario's subject (the bot or its floor) and its figures.</summary>
internal sealed class BenchResult
{
    public required string Scenario { get; init; }

    public required string Subject { get; init; }

    public Dictionary<string, double> Figures { get; } = new();

    public Dictionary<string, string> Notes { get; } = new();
}
