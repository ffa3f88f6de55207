using LiteDB;

namespace Bot.Core.Storage;

/// <summary>
/// The one LiteDB file. Stores take collections from here; <see cref="InTransaction{T}"/> makes a block of
/// synchronous work atomic (LiteDB transactions are per thread, so nothing inside may await).
/// </summary>
public sealed class BotDatabase : IUnitOfWork, IDisposable
{
    [ThreadStatic]
    private static List<Action>? _afterCommit;

    [ThreadStatic]
    private static int _depth;

    [ThreadStatic]
    private static long _transaction;

    private static long _transactions;

    private readonly LiteDatabase _db;

    public BotDatabase(string path)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full);
        if (!string.IsNullOrEmpty(dir))
        {
            Directory.CreateDirectory(dir);
        }

        FilePath = full;
        // UtcDate: LiteDB otherwise reads every DateTime back converted to the server's local time, which silently
        // shifts outbox retry times and shift instants by the zone offset on a server not running in UTC.
        var mapper = new BsonMapper { EnumAsInteger = false };
        mapper.TrimWhitespace = false;
        mapper.EmptyStringToNull = false;
        _db = new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }, mapper)
        {
            UtcDate = true,
        };
    }

    public string FilePath { get; }

    public ILiteCollection<T> Collection<T>(string name) => _db.GetCollection<T>(name);

    /// <summary>Runs <paramref name="work"/> in one transaction on the calling thread; rolls back on exception.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var own = _db.BeginTrans();
        if (_depth++ == 0)
        {
            _transaction = Interlocked.Increment(ref _transactions);
        }

        try
        {
            var result = work();
            if (own)
            {
                _db.Commit();
            }

            _depth--;
            if (_depth == 0)
            {
                RunAfterCommit();
            }

            return result;
        }
        catch
        {
            _depth--;
            if (own)
            {
                _db.Rollback();
            }

            if (_depth == 0)
            {
                _afterCommit?.Clear();
            }

            throw;
        }
    }

    /// <summary>
    /// A number for the current thread's outermost transaction, different for each one; 0 outside a transaction. Lets a
    /// store tell "written earlier in this same transaction (not committed yet)" from "written by another".
    /// </summary>
    public static long CurrentTransaction => _depth > 0 ? _transaction : 0;

    long IUnitOfWork.CurrentTransaction => CurrentTransaction;

    /// <summary>
    /// Runs <paramref name="action"/> once the current thread's transaction commits (dropped on rollback), or at once
    /// outside a transaction. Used to wake background loops only when what they should see is visible.
    /// </summary>
    public static void AfterCommit(Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (_depth == 0)
        {
            action();
            return;
        }

        (_afterCommit ??= []).Add(action);
    }

    private static void RunAfterCommit()
    {
        if (_afterCommit is not { Count: > 0 } list)
        {
            return;
        }

        var actions = list.ToArray();
        list.Clear();
        foreach (var a in actions)
        {
            a();
        }
    }

    public void InTransaction(Action work) => InTransaction(() =>
    {
        work();
        return 0;
    });

    public void Checkpoint() => _db.Checkpoint();

    public void Dispose() => _db.Dispose();
}
