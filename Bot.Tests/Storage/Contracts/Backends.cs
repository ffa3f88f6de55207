using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;
using Bot.Tests.Support.Postgres;

namespace Bot.Tests.Storage.Contracts;

/// <summary>One backend for a contract suite: its kernel transactions and a way to close and reopen it.</summary>
public interface IScratchBackend : IAsyncDisposable
{
    IUnitOfWork Transactions { get; }

    /// <summary>Closes the backend and opens it again on the same data (a restart).</summary>
    void Reopen();
}

/// <summary>A LiteDB data file in the temp folder, deleted afterwards.</summary>
public sealed class LiteDbScratch : IScratchBackend
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"contract-{Guid.NewGuid():N}.db");

    public LiteDbScratch() => Database = new BotDatabase(_file);

    public BotDatabase Database { get; private set; }

    public IUnitOfWork Transactions => Database;

    public void Reopen()
    {
        Database.Dispose();
        Database = new BotDatabase(_file);
    }

    public ValueTask DisposeAsync()
    {
        Database.Dispose();
        File.Delete(_file);
        return ValueTask.CompletedTask;
    }
}

/// <summary>A throwaway PostgreSQL database, migrated to the code's schema, dropped afterwards.</summary>
public sealed class PostgresScratch : IScratchBackend
{
    private PostgresScratch(ThrowawayDatabase database)
    {
        Throwaway = database;
        Database = new PostgresDatabase(database.ConnectionString);
    }

    public ThrowawayDatabase Throwaway { get; }

    public PostgresDatabase Database { get; private set; }

    public IUnitOfWork Transactions => Database;

    public static async Task<PostgresScratch> CreateAsync()
    {
        var scratch = new PostgresScratch(await PostgresServer.CreateDatabaseAsync());
        scratch.Database.Migrate();
        return scratch;
    }

    /// <summary>Another host on the same database: its own pool and transactions.</summary>
    public PostgresDatabase OpenAnother() => new(Throwaway.ConnectionString);

    public void Reopen()
    {
        Database.Dispose();
        Database = new PostgresDatabase(Throwaway.ConnectionString);
        Database.Migrate();
    }

    public async ValueTask DisposeAsync()
    {
        Database.Dispose();
        await Throwaway.DisposeAsync();
    }
}

/// <summary>
/// The other hosts a PostgreSQL contract test opens on its scratch database (each its own pool), and one more that only
/// watches for lock waits; all closed with it.
/// </summary>
internal sealed class OtherHosts(Func<PostgresScratch> scratch) : IDisposable
{
    private readonly List<PostgresDatabase> _open = [];
    private PostgresDatabase? _watcher;

    /// <summary>Another host on the same database.</summary>
    public PostgresDatabase Open()
    {
        var db = scratch().OpenAnother();
        _open.Add(db);
        return db;
    }

    /// <summary>True while some session of this test's database waits on a lock.</summary>
    public bool AnyoneWaitsOnALock() => Contention.AnyoneWaitsOnALock(_watcher ??= Open());

    public void Dispose() => _open.ForEach(d => d.Dispose());
}
