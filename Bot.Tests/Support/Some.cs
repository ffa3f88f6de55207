namespace Bot.Tests.Support;

/// <summary>Anonymous test data.</summary>
public static class Some
{
    private static int _counter;

    public static string Name(string prefix = "人") => $"{prefix}{Interlocked.Increment(ref _counter)}";

    public static string Id() => Guid.NewGuid().ToString("N");
}
