using Npgsql;

namespace Bot.Core.Storage.Postgres;

/// <summary>
/// Applies the missing migrations at start: all in one transaction, under a transaction-scoped advisory lock, so two
/// hosts starting together apply each migration once (the second waits, then finds nothing to do). A database whose
/// version is newer than the code is refused with one line and left unchanged.
/// </summary>
public static class MigrationsRunner
{
    /// <summary>
    /// The advisory lock taken while migrating, as PostgreSQL's two-int key (class, object). Two-int keys never
    /// collide with single-bigint ones; the class 0x64627431 ("dbt1") is duty-bot's, object 1 is the schema.
    /// </summary>
    public const int LockClass = 0x64627431;

    public const int LockObject = 1;

    /// <summary>Applies what is missing of <paramref name="migrations"/>; returns how many were applied.</summary>
    /// <exception cref="SchemaTooNewException">The database is at a version the code does not know.</exception>
    public static int Apply(NpgsqlDataSource source, IReadOnlyList<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(migrations);
        Check(migrations);
        var latest = migrations.Count == 0 ? 0 : migrations[^1].Version;

        using var connection = source.OpenConnection();
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"SELECT pg_advisory_xact_lock({LockClass}, {LockObject})");
        Execute(connection, """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version     integer     PRIMARY KEY,
                name        text        NOT NULL,
                applied_at  timestamptz NOT NULL DEFAULT now()
            )
            """);

        int current;
        using (var read = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations", connection))
        {
            current = Convert.ToInt32(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        if (current > latest)
        {
            throw new SchemaTooNewException(current, latest);
        }

        var applied = 0;
        foreach (var m in migrations.Where(m => m.Version > current))
        {
            Execute(connection, m.Sql);
            using var record = new NpgsqlCommand("INSERT INTO schema_migrations (version, name) VALUES (@v, @n)", connection);
            record.Parameters.AddWithValue("v", m.Version);
            record.Parameters.AddWithValue("n", m.Name);
            record.ExecuteNonQuery();
            applied++;
        }

        transaction.Commit();
        return applied;
    }

    /// <summary>The database's schema version (0 when nothing was applied).</summary>
    public static int CurrentVersion(NpgsqlDataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        using var connection = source.OpenConnection();
        using (var exists = new NpgsqlCommand("SELECT to_regclass('schema_migrations') IS NOT NULL", connection))
        {
            if (exists.ExecuteScalar() is not true)
            {
                return 0;
            }
        }

        using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM schema_migrations", connection);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Versions must start at 1 and rise by one: a gap or a repeat is a mistake in the code.</summary>
    internal static void Check(IReadOnlyList<Migration> migrations)
    {
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
            {
                throw new InvalidOperationException(
                    $"Migration '{migrations[i].Name}' has version {migrations[i].Version} but is number {i + 1} in the list; versions run 1, 2, 3, … without gaps.");
            }
        }
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}

/// <summary>The database was migrated by a newer duty-bot than this one; nothing was changed.</summary>
public sealed class SchemaTooNewException(int databaseVersion, int codeVersion) : InvalidOperationException(
    $"Storage:ConnectionString: the PostgreSQL database is at schema version {databaseVersion}, but this duty-bot knows versions up to {codeVersion}; " +
    "run the newer duty-bot that migrated it (or restore a backup taken before that upgrade). Nothing was changed.")
{
    public int DatabaseVersion { get; } = databaseVersion;

    public int CodeVersion { get; } = codeVersion;
}
