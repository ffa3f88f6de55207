using LiteDB;

namespace Bot.Core.Storage;

/// <summary>
/// Parsed LiteDB query expressions, kept per thread and reused with new parameters. LiteDB parses an expression's text
/// on every call (<c>FindById</c>'s <c>_id = @0</c> included): in the inbound benchmark that parsing was ≈ 4 % of the
/// host's CPU and a good part of its allocation. An expression returned here stays valid only until the next call on the
/// same thread with the same text, so it must go into one query that completes (<c>ToList</c>, <c>FirstOrDefault</c>,
/// <c>FindOne</c>, <c>Exists</c>, <c>Count</c>) before the next one is asked for; every store here does so.
/// </summary>
public static class Expressions
{
    [ThreadStatic]
    private static Dictionary<string, BsonExpression>? _parsed;

    /// <summary>The document whose <c>_id</c> is <paramref name="id"/> (what <c>FindById</c> looks up).</summary>
    public static BsonExpression ById(BsonValue id) => Of("_id = @0", id);

    /// <summary>An expression without parameters.</summary>
    public static BsonExpression Of(string text) => Parsed(text, 0);

    /// <summary>An expression with one parameter, <c>@0</c>.</summary>
    public static BsonExpression Of(string text, BsonValue p0)
    {
        var e = Parsed(text, 1);
        e.Parameters["0"] = p0;
        return e;
    }

    /// <summary>An expression with two parameters, <c>@0</c> and <c>@1</c>.</summary>
    public static BsonExpression Of(string text, BsonValue p0, BsonValue p1)
    {
        var e = Parsed(text, 2);
        e.Parameters["0"] = p0;
        e.Parameters["1"] = p1;
        return e;
    }

    private static BsonExpression Parsed(string text, int parameters)
    {
        var cache = _parsed ??= new Dictionary<string, BsonExpression>(StringComparer.Ordinal);
        if (!cache.TryGetValue(text, out var e))
        {
#pragma warning disable RS0030 // The one place that parses: everything else goes through here.
            e = BsonExpression.Create(text, Enumerable.Repeat(BsonValue.Null, parameters).ToArray());
#pragma warning restore RS0030
            cache[text] = e;
        }

        return e;
    }
}
