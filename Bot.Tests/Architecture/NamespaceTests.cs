using Bot.Core.Texts;
using Bot.Core;
using Xunit.Abstractions;

namespace Bot.Tests.Architecture;

/// <summary>
/// Bot.Core's namespaces form a layered graph: the kernel (Texts, Storage, People, Messaging, …) at the bottom, the
/// features (Shifts, Notices, Purchases) on top, and no feature using another. Dependencies are read from the
/// compiled assembly, method bodies included, so a cycle cannot hide in a lambda.
/// </summary>
public sealed class NamespaceTests(ITestOutputHelper output)
{
    /// <summary>The feature namespaces; <see cref="DoorTests"/> checks that each has its door and nothing else public.</summary>
    internal static readonly string[] Features = ["Bot.Core.Shifts", "Bot.Core.Notices", "Bot.Core.Purchases"];

    /// <summary>
    /// Edges that still close a cycle, each with the reason it is not gone yet. The list only shrinks: a new cycle
    /// fails, and so does an entry whose edge has disappeared or no longer closes a cycle.
    /// </summary>
    private static readonly Dictionary<(string From, string To), string> AllowedCycleEdges = new()
    {
    };

    /// <summary>Feature-to-feature uses not gone yet; the list only shrinks, like <see cref="AllowedCycleEdges"/>.</summary>
    private static readonly Dictionary<(string From, string To), string> AllowedFeatureEdges = new()
    {
    };

    private static readonly NamespaceGraph Graph =
        NamespaceGraph.Of(typeof(CoreServiceCollectionExtensions).Assembly, "Bot.Core");

    [Fact]
    public void Graph_SeesSignaturesAndMethodBodies()
    {
        Print();
        Assert.Contains(("Bot.Core.Shifts", "Bot.Core.Messaging"), Graph.Edges.Keys);
        Assert.Contains(("Bot.Core.Purchases", "Bot.Core.Texts"), Graph.Edges.Keys);
        Assert.DoesNotContain(Graph.Edges.Keys, e => e.From == "" || e.To == "" || e.From == e.To);
    }

    [Fact]
    public void Cycles_NamesEachCycleOnce()
    {
        (string, string)[] edges = [("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"), ("D", "E")];

        Assert.Equal(["A → B → C → A"], Cycles.In(edges));
        Assert.Empty(Cycles.In(edges.Where(e => e != ("C", "A"))));
    }

    [Fact]
    public void BotCore_HasNoNamespaceCycles_BeyondTheAllowList()
    {
        var remaining = Graph.Edges.Keys.Where(e => !AllowedCycleEdges.ContainsKey(e));

        var cycles = Cycles.In(remaining);

        Assert.True(cycles.Count == 0, "Namespace cycles in Bot.Core:\n" + string.Join("\n", cycles.Select(Explain)));
    }

    [Fact]
    public void AllowListedCycleEdges_StillExistAndStillCloseACycle()
    {
        var stale = AllowedCycleEdges.Keys
            .Where(e => !Graph.Edges.ContainsKey(e) || Cycles.Path(Graph.Edges.Keys, e.To, e.From) is null)
            .Select(e => $"{e.From} → {e.To}")
            .ToList();

        Assert.True(stale.Count == 0, "Remove from the allow-list (no longer a cycle): " + string.Join(", ", stale));
    }

    [Fact]
    public void Features_DoNotUseEachOther()
    {
        var crossings = Graph.Edges
            .Where(e => Features.Contains(e.Key.From) && Features.Contains(e.Key.To))
            .Where(e => !AllowedFeatureEdges.ContainsKey(e.Key))
            .Select(e => $"{e.Key.From} → {e.Key.To} ({e.Value})")
            .ToList();

        Assert.True(crossings.Count == 0, "A feature uses another feature:\n" + string.Join("\n", crossings));
    }

    [Fact]
    public void AllowListedFeatureEdges_StillExist()
    {
        var stale = AllowedFeatureEdges.Keys.Where(e => !Graph.Edges.ContainsKey(e)).Select(e => $"{e.From} → {e.To}").ToList();

        Assert.True(stale.Count == 0, "Remove from the allow-list (no longer used): " + string.Join(", ", stale));
    }

    private static string Explain(string cycle)
    {
        var nodes = cycle.Split(" → ");
        var steps = nodes.Zip(nodes.Skip(1)).Select(p => $"    {p.First} → {p.Second}: {Graph.Edges[(p.First, p.Second)]}");
        return cycle + "\n" + string.Join("\n", steps);
    }

    private void Print()
    {
        foreach (var edge in Graph.Edges.OrderBy(e => e.Key.From).ThenBy(e => e.Key.To))
            output.WriteLine($"{edge.Key.From} → {edge.Key.To}  ({edge.Value})");
        foreach (var cycle in Cycles.In(Graph.Edges.Keys))
            output.WriteLine("cycle: " + Explain(cycle));
    }
}
