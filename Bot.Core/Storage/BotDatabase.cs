using LiteDB;

namespace Bot.Core.Storage;

/// <summary>
/// The one LiteDB file. Stores take collections from here; <see cref="InTransaction{T}"/> makes a block of
/// synchronous work atomic (LiteDB transactions are per thread, so nothing inside may await). What a transaction
/// changed that others react to travels as <see cref="ICommitSignal"/>s: raised inside it with <see cref="Signal"/>,
/// delivered through <see cref="Committed"/> once the outermost transaction commits, dropped if it rolls back.
/// </summary>
public sealed class BotDatabase : IUnitOfWork, IDisposable
{
    private static long _transactions;

    private readonly LiteDatabase _db;

    // LiteDB transactions are per thread, and so is what a transaction has signalled so far.
    private readonly ThreadLocal<Scope> _scope = new(() => new Scope());

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

    /// <summary>
    /// Raised on the committing thread once per outermost transaction that signalled anything, after its commit, with
    /// its signals in the order they were raised; never for a transaction rolled back. Subscribers must be quick and
    /// must not throw (they wake loops, add triggers, drop cache entries); an exception reaches the committer.
    /// </summary>
    public event Action<IReadOnlyList<ICommitSignal>>? Committed;

    /// <summary>
    /// Calls <paramref name="handler"/> with every committed signal of type <typeparamref name="T"/> (see
    /// <see cref="Committed"/>) until the returned subscription is disposed.
    /// </summary>
    public IDisposable OnCommitted<T>(Action<T> handler)
        where T : ICommitSignal
    {
        ArgumentNullException.ThrowIfNull(handler);
        return new CommitSubscription<T>(this, handler);
    }

    public ILiteCollection<T> Collection<T>(string name) => _db.GetCollection<T>(name);

    /// <summary>Runs <paramref name="work"/> in one transaction on the calling thread; rolls back on exception.</summary>
    public T InTransaction<T>(Func<T> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var scope = _scope.Value!;
        var own = _db.BeginTrans();
        if (scope.Depth++ == 0)
        {
            scope.Transaction = Interlocked.Increment(ref _transactions);
        }

        T result;
        try
        {
            result = work();
            if (own)
            {
                _db.Commit();
            }
        }
        catch
        {
            Unwind(scope, own);
            throw;
        }

        // Outside the try: what subscribers do happens after the commit and can no longer undo it.
        if (--scope.Depth == 0)
        {
            Deliver(scope);
        }

        return result;
    }

    public void InTransaction(Action work) => InTransaction(() =>
    {
        work();
        return 0;
    });

    /// <summary>
    /// A number for the calling thread's outermost transaction, different for each one; 0 outside a transaction. Lets a
    /// store tell "written earlier in this same transaction (not committed yet)" from "written by another".
    /// </summary>
    public long CurrentTransaction => _scope.Value!.Depth > 0 ? _scope.Value.Transaction : 0;

    /// <summary>
    /// Records <paramref name="signal"/> for <see cref="Committed"/>: delivered once the calling thread's outermost
    /// transaction commits (dropped if it rolls back), or at once outside a transaction.
    /// </summary>
    public void Signal(ICommitSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var scope = _scope.Value!;
        if (scope.Depth == 0)
        {
            Committed?.Invoke([signal]);
            return;
        }

        scope.Pending.Add(signal);
    }

    public void Checkpoint() => _db.Checkpoint();

    public void Dispose()
    {
        _db.Dispose();
        _scope.Dispose();
    }

    // Rolls back what this level began and, at the outermost level, forgets what the transaction signalled.
    private void Unwind(Scope scope, bool own)
    {
        scope.Depth--;
        if (own)
        {
            _db.Rollback();
        }

        if (scope.Depth == 0)
        {
            scope.Pending.Clear();
        }
    }

    private void Deliver(Scope scope)
    {
        if (scope.Pending.Count == 0)
        {
            return;
        }

        // A copy: a subscriber may run a transaction of its own on this thread.
        var signals = scope.Pending.ToArray();
        scope.Pending.Clear();
        Committed?.Invoke(signals);
    }

    private sealed class Scope
    {
        public int Depth;

        public long Transaction;

        public readonly List<ICommitSignal> Pending = [];
    }
}
