namespace Bot.Core.Storage;

/// <summary>The values of <c>Storage:Provider</c>, and which stores each can serve.</summary>
public static class StorageProviders
{
    public const string LiteDb = "LiteDb";

    public const string Postgres = "Postgres";

    /// <summary>The allowed values, as written in the settings.</summary>
    public static IReadOnlyList<string> All { get; } = [LiteDb, Postgres];

    /// <summary>The canonical spelling of <paramref name="value"/> (any case), or null when it is none of <see cref="All"/>.</summary>
    public static string? Normalize(string? value) =>
        All.FirstOrDefault(p => string.Equals(p, value?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static bool IsPostgres(StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Normalize(options.Provider) == Postgres;
    }
}
