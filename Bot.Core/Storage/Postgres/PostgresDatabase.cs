using Npgsql;

namespace Bot.Core.Storage.Postgres;

/// <summary>
/// A PostgreSQL database as the storage kernel: one <see cref="NpgsqlDataSource"/> (a connection pool), and
/// <see cref="InTransaction{T}"/> with the same rules as <see cref="BotDatabase.InTransaction{T}"/>. The outermost call
/// on a thread opens one connection and one transaction and holds them for that thread; nested calls on the same thread
/// join them; the outermost level commits, and an exception leaving it rolls back. Stores take
/// <see cref="Command"/>s on the held connection and run them synchronously, like the handlers that call them.
/// </summary>
/// <remarks>
/// A nested level that fails while the outer one catches the exception and goes on keeps its writes, as in LiteDB,
/// unless the failure came from the server: PostgreSQL then aborts the whole transaction, and the outermost level
/// refuses to commit (rolls back and throws) instead of letting the server silently turn the COMMIT into a ROLLBACK.
/// </remarks>
public sealed class PostgresDatabase : IUnitOfWork, IDisposable
{
    private static long _transactions;

    private readonly NpgsqlDataSource _source;
    private readonly bool _ownsSource;
    private readonly ThreadLocal<Ambient?> _ambient = new();

    /// <summary>A database on its own pool for <paramref name="connectionString"/>.</summary>
    public PostgresDatabase(string connectionString)
        : this(NpgsqlDataSource.Create(connectionString), ownsSource: true)
    {
    }

    /// <summary>A database on an existing pool (not disposed with this).</summary>
    public PostgresDatabase(NpgsqlDataSource source)
        : this(source, ownsSource: false)
    {
    }

    private PostgresDatabase(NpgsqlDataSource source, bool ownsSource)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _ownsSource = ownsSource;
    }

    public NpgsqlDataSource DataSource => _source;

    /// <inheritdoc />
    public long CurrentTransaction => _ambient.Value?.Number ?? 0;

    /// <summary>True while the calling thread is inside <see cref="InTransaction{T}"/> on this database.</summary>
    public bool InsideTransaction => _ambient.Value is not null;

    /// <inheritdoc />
    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (_ambient.Value is { } joined)
        {
            try
            {
                return work();
            }
            catch (PostgresException e)
            {
                joined.AbortedBy ??= e;
                throw;
            }
        }

        var connection = _source.OpenConnection();
        Ambient? ambient = null;
        T result;
        try
        {
            var transaction = connection.BeginTransaction();
            ambient = new Ambient(connection, transaction, Interlocked.Increment(ref _transactions));
            _ambient.Value = ambient;
            try
            {
                result = work();
            }
            finally
            {
                _ambient.Value = null;
            }

            if (ambient.AbortedBy is { } abortedBy)
            {
                // The server's error goes along, so a caller can tell a deadlock (worth a retry) from a real failure.
                throw new InvalidOperationException(
                    "The PostgreSQL transaction was aborted by an error that a nested step caught; nothing of it was committed.", abortedBy);
            }

            transaction.Commit();
            ambient.Committed = true;
        }
        catch
        {
            if (ambient is { Committed: false })
            {
                TryRollback(ambient.Transaction);
            }

            throw;
        }
        finally
        {
            ambient?.Transaction.Dispose();
            connection.Dispose();
        }

        Deliver(ambient!);
        return result;
    }

    /// <inheritdoc />
    public void InTransaction(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        InTransaction(() =>
        {
            work();
            return 0;
        });
    }

    /// <summary>
    /// A command on the calling thread's connection, inside its transaction. Only valid inside
    /// <see cref="InTransaction{T}"/>; stores that may be called outside one wrap their work in it.
    /// </summary>
    public NpgsqlCommand Command(string sql)
    {
        var ambient = _ambient.Value
            ?? throw new InvalidOperationException("A PostgreSQL command needs a transaction: call it inside PostgresDatabase.InTransaction.");
        return new NpgsqlCommand(sql, ambient.Connection, ambient.Transaction);
    }

    /// <inheritdoc />
    public event Action<IReadOnlyList<ICommitSignal>>? Committed;

    /// <inheritdoc />
    public IDisposable OnCommitted<T>(Action<T> handler)
        where T : ICommitSignal
    {
        ArgumentNullException.ThrowIfNull(handler);
        return new CommitSubscription<T>(this, handler);
    }

    /// <inheritdoc />
    public void Signal(ICommitSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        if (_ambient.Value is not { } ambient)
        {
            Committed?.Invoke([signal]);
            return;
        }

        ambient.Pending.Add(signal);
    }

    /// <summary>Brings the schema up to the code's version (see <see cref="Migrations"/>); returns how many were applied.</summary>
    public int Migrate() => MigrationsRunner.Apply(_source, Migrations.All);

    /// <summary>Whether <paramref name="text"/> parses as an Npgsql connection string naming a host (nothing is contacted).</summary>
    public static bool IsValidConnectionString(string text, out string? problem)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(text);
            problem = string.IsNullOrWhiteSpace(builder.Host) ? "it names no Host" : null;
        }
        catch (ArgumentException e)
        {
            problem = e.Message;
        }

        return problem is null;
    }

    public void Dispose()
    {
        _ambient.Dispose();
        if (_ownsSource)
        {
            _source.Dispose();
        }
    }

    private static void TryRollback(NpgsqlTransaction transaction)
    {
        try
        {
            transaction.Rollback();
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection is gone or the transaction already ended: the server has rolled it back.
        }
    }

    private void Deliver(Ambient ambient)
    {
        if (ambient.Pending.Count == 0)
        {
            return;
        }

        Committed?.Invoke(ambient.Pending.ToArray());
    }

    private sealed class Ambient(NpgsqlConnection connection, NpgsqlTransaction transaction, long number)
    {
        public NpgsqlConnection Connection { get; } = connection;

        public NpgsqlTransaction Transaction { get; } = transaction;

        public long Number { get; } = number;

        /// <summary>The server error a nested step caught: the transaction is aborted, and can only roll back.</summary>
        public PostgresException? AbortedBy { get; set; }

        public bool Committed { get; set; }

        public List<ICommitSignal> Pending { get; } = [];
    }
}
