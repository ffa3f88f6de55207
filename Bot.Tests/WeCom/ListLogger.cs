using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.WeCom;

/// <summary>A logger that keeps formatted lines, to check what an operator would read.</summary>
public sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, string Text)> Lines { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        Lines.Enqueue((logLevel, formatter(state, exception)));
    }
}
