namespace Bot.Core.Storage;

/// <summary>What an import did: counts, and each bad row by line number.</summary>
public sealed class ImportReport
{
    public int Added { get; set; }

    public int Updated { get; set; }

    /// <summary>Rows that matched what is stored already (importing the same file again: all of them).</summary>
    public int Unchanged { get; set; }

    public List<(long Line, string Problem)> Errors { get; } = [];

    public void Error(long line, string problem) => Errors.Add((line, problem));

    public override string ToString()
    {
        var lines = new List<string> { $"{Added} added, {Updated} updated, {Unchanged} unchanged, {Errors.Count} rejected" };
        lines.AddRange(Errors.Select(e => $"  line {e.Line}: {e.Problem}"));
        return string.Join(Environment.NewLine, lines);
    }
}
