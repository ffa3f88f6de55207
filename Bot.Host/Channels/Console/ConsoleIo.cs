namespace Bot.Host.Channels.Console;

/// <summary>The console channel's streams (standard streams in production, in-memory ones in tests).</summary>
internal sealed class ConsoleIo(TextReader input, TextWriter output, TextWriter error, bool paced)
{
    public TextReader In { get; } = input;

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Wait for each line's answers before reading the next (an interactive terminal).</summary>
    public bool Paced { get; } = paced;
}
