namespace Bot.Bench;

/// <summary>What one inbound run measured: latencies (ms, sorted) of the answered updates and how many got no reply.</summary>
internal sealed record InboundRun(int Count, TimeSpan Elapsed, IReadOnlyList<double> SortedLatencies, int Missing)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;
}
