namespace Bot.Core.Storage;

/// <summary>
/// The storage kernel's transactions, which every backend provides: a block of synchronous work made atomic on the
/// calling thread. Nested calls on the same thread join the outermost transaction, which alone commits; an exception
/// leaving the outermost level rolls everything back. Nothing inside may await (the transaction belongs to the thread).
/// </summary>
public interface IUnitOfWork
{
    /// <summary>Runs <paramref name="work"/> in one transaction on the calling thread; rolls back on exception.</summary>
    T InTransaction<T>(Func<T> work);

    /// <summary>Runs <paramref name="work"/> in one transaction on the calling thread; rolls back on exception.</summary>
    void InTransaction(Action work);

    /// <summary>
    /// A number for the calling thread's outermost transaction, different for each one; 0 outside a transaction. Lets a
    /// store tell "written earlier in this same transaction" from "written by another".
    /// </summary>
    long CurrentTransaction { get; }

    /// <summary>
    /// Records <paramref name="signal"/> for <see cref="Committed"/>: delivered once the calling thread's outermost
    /// transaction commits (dropped if it rolls back), or at once outside a transaction.
    /// </summary>
    void Signal(ICommitSignal signal);

    /// <summary>
    /// Raised on the committing thread once per outermost transaction that signalled anything, after its commit, with
    /// its signals in the order they were raised; never for a transaction rolled back.
    /// </summary>
    event Action<IReadOnlyList<ICommitSignal>>? Committed;

    /// <summary>Calls <paramref name="handler"/> with every committed signal of type <typeparamref name="T"/> until disposed.</summary>
    IDisposable OnCommitted<T>(Action<T> handler)
        where T : ICommitSignal;
}
