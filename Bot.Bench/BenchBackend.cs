using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;
using Npgsql;

namespace Bot.Bench;

/// <summary>
/// The storage every bot of a run uses: LiteDB (a data file per scenario, the default) or PostgreSQL
/// (<c>--bot:Storage:Provider=Postgres --bot:Storage:ConnectionString=…</c>, or <c>--postgres</c>, which takes the
/// server from DUTYBOT_TEST_POSTGRES when no connection string is given). On PostgreSQL the connection string only
/// names the server and a role that may create databases: each scenario creates a throwaway database there
/// (<see cref="BenchStorage"/>) and drops it at the end, so a run never touches the database the string names. The
/// string is taken out of <see cref="BotOverrides"/>, so no bot ever receives it.
/// </summary>
internal static class BenchBackend
{
    public const string PostgresFlag = "--postgres";

    /// <summary>The scenarios whose seeding writes LiteDB collections directly, so they run on LiteDB only.</summary>
    public static IReadOnlyList<string> LiteDbOnly { get; } = ["startup"];

    public static bool IsPostgres { get; private set; }

    /// <summary>The connection string of the PostgreSQL server (its database is used only to create and drop others).</summary>
    public static string? Server { get; private set; }

    public static string Name => IsPostgres ? "PostgreSQL" : "LiteDB";

    /// <summary>A scenario's name with the backend it ran on, as the tables and bench-results.json show it.</summary>
    public static string Label(string scenario) => $"{scenario} ({Name})";

    /// <summary>
    /// Reads the backend from the command line and <see cref="BotOverrides"/> (already parsed) and removes the storage
    /// settings from the overrides; returns the one line to fail with, or null.
    /// </summary>
    public static string? Configure(IReadOnlyCollection<string> args)
    {
        BotOverrides.Values.Remove("Storage:Provider", out var provider);
        BotOverrides.Values.Remove("Storage:ConnectionString", out var server);
        BotOverrides.Values.Remove("Storage:LiteDbPath");
        var normalized = StorageProviders.Normalize(provider ?? StorageProviders.LiteDb);
        if (normalized is null)
        {
            return $"--bot:Storage:Provider={provider} is neither of {string.Join(", ", StorageProviders.All)}";
        }

        var flag = args.Contains(PostgresFlag);
        IsPostgres = flag || normalized == StorageProviders.Postgres;
        if (!IsPostgres)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(server) && flag)
        {
            server = Environment.GetEnvironmentVariable("DUTYBOT_TEST_POSTGRES");
        }

        if (string.IsNullOrWhiteSpace(server))
        {
            return "PostgreSQL needs a server: add --bot:Storage:ConnectionString=\"Host=…;Username=…;Password=…\" (a role that may CREATE DATABASE; "
                + $"the bench creates and drops a throwaway database there), or use {PostgresFlag} with DUTYBOT_TEST_POSTGRES set";
        }

        if (!PostgresDatabase.IsValidConnectionString(server, out var problem))
        {
            return $"--bot:Storage:ConnectionString is not a usable Npgsql connection string: {problem}";
        }

        Server = server.Trim();
        return null;
    }

    /// <summary>One line for the output: where the bots' data lives in this run.</summary>
    public static string Describe()
    {
        if (!IsPostgres)
        {
            return "Storage: LiteDB, a new data file per scenario in the temporary folder, deleted at the end.";
        }

        var builder = new NpgsqlConnectionStringBuilder(Server);
        return $"Storage: PostgreSQL on {builder.Host}:{builder.Port}, a throwaway database dutybot_bench_… per scenario, created, migrated, "
            + $"and dropped at the end; the database the connection string names ({builder.Database ?? "(default)"}) is not touched.";
    }
}
