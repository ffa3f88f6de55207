namespace Bot.Host.Channels.Console;

/// <summary>Options of the <c>Console</c> section.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>Read standard input as a chat. Null (default): on when no platform channel is configured.</summary>
    public bool? Enabled { get; set; }

    /// <summary>Stop the host when standard input ends, after the outbox has drained. Default true.</summary>
    public bool ExitAtEndOfInput { get; set; } = true;

    /// <summary>Longest wait for the outbox to drain at end of input. Default 30 s.</summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
