namespace Bot.Core.Storage;

/// <summary>A subscription to one kind of commit signal of a database (<see cref="IUnitOfWork.OnCommitted{T}"/>).</summary>
internal sealed class CommitSubscription<T> : IDisposable
    where T : ICommitSignal
{
    private readonly IUnitOfWork _db;
    private readonly Action<T> _handler;

    public CommitSubscription(IUnitOfWork db, Action<T> handler)
    {
        _db = db;
        _handler = handler;
        db.Committed += OnCommitted;
    }

    public void Dispose() => _db.Committed -= OnCommitted;

    private void OnCommitted(IReadOnlyList<ICommitSignal> signals)
    {
        foreach (var signal in signals)
        {
            if (signal is T wanted)
            {
                _handler(wanted);
            }
        }
    }
}
