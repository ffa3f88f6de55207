using Npgsql;

namespace Bot.Host.Scheduling;

/// <summary>
/// Creates Quartz's tables on PostgreSQL when they are missing (QuartzPostgresSchema.sql, only <c>CREATE … IF NOT
/// EXISTS</c>), in one transaction under a transaction-level advisory lock, so hosts starting together take turns and
/// the later ones find everything there. Runs as the first hosted service.
/// </summary>
internal sealed class QuartzPostgresSchema(string connectionString, ILogger<QuartzPostgresSchema> logger) : IHostedService
{
    /// <summary>The advisory lock (single 64-bit key space) the schema is created under: "DBQRTZ" + 1.</summary>
    public const long LockKey = 0x4442_5152_545A_0001;

    private static readonly Lazy<string> Script = new(() =>
    {
        using var stream = typeof(QuartzPostgresSchema).Assembly.GetManifestResourceStream("Bot.Host.Scheduling.QuartzPostgresSchema.sql")
            ?? throw new InvalidOperationException("QuartzPostgresSchema.sql is not embedded in Bot.Host");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await EnsureAsync(connectionString, cancellationToken).ConfigureAwait(false);
        logger.LogInformation("Quartz tables ready on PostgreSQL (clustered job store)");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates whatever of Quartz's schema is missing; safe to run any number of times, from any number of hosts.</summary>
    public static async Task EnsureAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection, transaction))
        {
            take.Parameters.AddWithValue("key", LockKey);
            await take.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using (var create = new NpgsqlCommand(Script.Value, connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        // Committing releases the lock.
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
