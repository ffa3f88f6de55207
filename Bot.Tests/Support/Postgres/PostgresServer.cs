using System.Diagnostics;
using Npgsql;

namespace Bot.Tests.Support.Postgres;

/// <summary>
/// The PostgreSQL server the Postgres-side tests run against: the connection string in DUTYBOT_TEST_POSTGRES (set by
/// .ci/run), or else the one .ci/postgres-up prints after installing/starting the local server. Each test (or test
/// class) takes its own throwaway database from <see cref="CreateDatabaseAsync"/> and drops it when done.
/// </summary>
public static class PostgresServer
{
    public const string EnvironmentVariable = "DUTYBOT_TEST_POSTGRES";

    private static readonly Lazy<string> Admin = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>A connection string for a role that may create databases (its database is <c>postgres</c>).</summary>
    public static string AdminConnectionString => Admin.Value;

    /// <summary>Creates an empty database with a unique name; dispose the result to drop it.</summary>
    public static async Task<ThrowawayDatabase> CreateDatabaseAsync()
    {
        var name = "dutybot_t_" + Guid.NewGuid().ToString("N")[..16];
        await using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name };
        return new ThrowawayDatabase(name, builder.ConnectionString);
    }

    private static string Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment.Trim();
        }

        var script = FindScript();
        var start = new ProcessStartInfo("bash", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start " + script);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var line = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (process.ExitCode != 0 || string.IsNullOrEmpty(line))
        {
            throw new InvalidOperationException(
                $"No PostgreSQL for the tests: {script} exited with {process.ExitCode}. Set {EnvironmentVariable} to a " +
                $"connection string of a role that may create databases, or run the script as root. Its output:\n{stderr.Result}");
        }

        return line;
    }

    private static string FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, ".ci", "postgres-up");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException($"No .ci/postgres-up above {AppContext.BaseDirectory}; set {EnvironmentVariable}.");
    }
}

/// <summary>A database of its own for one test or test class; disposing drops it (closing other connections first).</summary>
public sealed class ThrowawayDatabase(string name, string connectionString) : IAsyncDisposable
{
    public string Name { get; } = name;

    public string ConnectionString { get; } = connectionString;

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(PostgresServer.AdminConnectionString);
        await connection.OpenAsync();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (attempt < 5 && e.SqlState is PostgresErrorCodes.InsufficientPrivilege or PostgresErrorCodes.ObjectInUse)
            {
                // A session the drop may not end (a server process such as autovacuum) was on the database: it leaves soon.
                await Task.Delay(TimeSpan.FromMilliseconds(200 * attempt));
            }
        }
    }
}
