namespace Bot.Tests.Hosting;

/// <summary>A record put in a data file so the file has content to compare.</summary>
public sealed class ProbeRecord
{
    public int Id { get; set; }

    public string Note { get; set; } = "";
}
