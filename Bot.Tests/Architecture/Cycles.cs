namespace Bot.Tests.Architecture;

/// <summary>Cycles in a directed graph given as edges.</summary>
internal static class Cycles
{
    /// <summary>One cycle through each strongly connected group of two or more nodes, as "A → B → A".</summary>
    public static IReadOnlyList<string> In(IEnumerable<(string From, string To)> edges)
    {
        var list = edges.ToList();
        var found = new List<string>();
        var covered = new HashSet<string>();
        foreach (var (from, to) in list.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal))
        {
            if (covered.Contains(from))
                continue;
            var back = Path(list, to, from);
            if (back is null)
                continue;
            var cycle = new List<string> { from };
            cycle.AddRange(back);
            covered.UnionWith(cycle);
            found.Add(string.Join(" → ", cycle));
        }
        return found;
    }

    /// <summary>The shortest path from <paramref name="start"/> to <paramref name="goal"/>, both included, or null.</summary>
    public static IReadOnlyList<string>? Path(IEnumerable<(string From, string To)> edges, string start, string goal)
    {
        var list = edges.ToList();
        var cameFrom = new Dictionary<string, string> { [start] = start };
        var queue = new Queue<string>([start]);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node == goal)
            {
                var path = new List<string> { goal };
                while (path[^1] != start)
                    path.Add(cameFrom[path[^1]]);
                path.Reverse();
                return path;
            }
            foreach (var (_, next) in list.Where(e => e.From == node).OrderBy(e => e.To, StringComparer.Ordinal))
                if (cameFrom.TryAdd(next, node))
                    queue.Enqueue(next);
        }
        return null;
    }
}
