using Bot.Core.Storage;

namespace Bot.Tests.Storage;

/// <summary>
/// What a transaction signals reaches <see cref="BotDatabase.Committed"/> once, after the outermost commit, and never
/// when it rolls back.
/// </summary>
public sealed class CommitSignalTests : IDisposable
{
    private readonly string _file = Path.Combine(Path.GetTempPath(), $"signals-{Guid.NewGuid():N}.db");
    private readonly BotDatabase _db;
    private readonly List<IReadOnlyList<ICommitSignal>> _batches = [];

    public CommitSignalTests()
    {
        _db = new BotDatabase(_file);
        _db.Committed += signals => _batches.Add(signals);
    }

    [Fact]
    public void Signal_IsDeliveredAfterTheCommit_WithWhatWasWritten()
    {
        var rows = _db.Collection<Row>("rows");
        var seenBeforeCommit = -1;
        var seenAtDelivery = -1;
        _db.Committed += _ => seenAtDelivery = rows.Count();

        _db.InTransaction(() =>
        {
            rows.Insert(new Row { Name = "a" });
            _db.Signal(new Changed("a"));
            seenBeforeCommit = _batches.Count;
        });

        Assert.Equal(0, seenBeforeCommit);
        Assert.Equal([new Changed("a")], Assert.Single(_batches));
        Assert.Equal(1, seenAtDelivery);
    }

    [Fact]
    public void RolledBack_SignalsNothing_AndTheNextTransactionStartsClean()
    {
        Assert.Throws<InvalidOperationException>(() => _db.InTransaction(() =>
        {
            _db.Signal(new Changed("lost"));
            throw new InvalidOperationException("handler failed");
        }));
        Assert.Empty(_batches);

        _db.InTransaction(() => _db.Signal(new Changed("kept")));

        Assert.Equal([new Changed("kept")], Assert.Single(_batches));
    }

    [Fact]
    public void Nested_DeliversOnce_AfterTheOutermostCommit_InOrder()
    {
        var afterInner = -1;
        _db.InTransaction(() =>
        {
            _db.Signal(new Changed("outer-1"));
            _db.InTransaction(() => _db.Signal(new Changed("inner")));
            afterInner = _batches.Count;
            _db.Signal(new Changed("outer-2"));
        });

        Assert.Equal(0, afterInner);
        Assert.Equal([new Changed("outer-1"), new Changed("inner"), new Changed("outer-2")], Assert.Single(_batches));
    }

    [Fact]
    public void Nested_InnerFailureCaughtByTheOuter_IsDeliveredWithTheOuterCommit()
    {
        _db.InTransaction(() =>
        {
            try
            {
                _db.InTransaction(() =>
                {
                    _db.Signal(new Changed("inner"));
                    throw new InvalidOperationException("inner failed");
                });
            }
            catch (InvalidOperationException)
            {
                // The outer transaction goes on; what the inner one wrote is part of it and commits with it.
            }
        });

        Assert.Equal([new Changed("inner")], Assert.Single(_batches));
    }

    [Fact]
    public void Nested_OuterRollsBack_DropsWhatTheInnerSignalled()
    {
        Assert.Throws<InvalidOperationException>(() => _db.InTransaction(() =>
        {
            _db.InTransaction(() => _db.Signal(new Changed("inner")));
            throw new InvalidOperationException("outer failed");
        }));

        Assert.Empty(_batches);
    }

    [Fact]
    public void TransactionWithoutSignals_RaisesNothing()
    {
        _db.InTransaction(() => _db.Collection<Row>("rows").Insert(new Row { Name = "quiet" }));

        Assert.Empty(_batches);
    }

    [Fact]
    public void OutsideATransaction_IsDeliveredAtOnce()
    {
        _db.Signal(new Changed("now"));

        Assert.Equal([new Changed("now")], Assert.Single(_batches));
    }

    [Fact]
    public void SubscriberStartingATransaction_GetsItsOwnDelivery()
    {
        using var follow = _db.OnCommitted<Changed>(c =>
        {
            if (c.What == "first")
            {
                _db.InTransaction(() => _db.Signal(new Changed("second")));
            }
        });

        _db.InTransaction(() => _db.Signal(new Changed("first")));

        Assert.Equal([[new Changed("first")], [new Changed("second")]], _batches.Select(b => b.ToArray()));
    }

    [Fact]
    public void OnCommitted_SeesOnlyItsKind_UntilDisposed()
    {
        var seen = new List<string>();
        var subscription = _db.OnCommitted<Changed>(c => seen.Add(c.What));

        _db.InTransaction(() =>
        {
            _db.Signal(new Changed("a"));
            _db.Signal(new Other());
            _db.Signal(new Changed("b"));
        });
        subscription.Dispose();
        _db.InTransaction(() => _db.Signal(new Changed("c")));

        Assert.Equal(["a", "b"], seen);
    }

    [Fact]
    public async Task SignalsOnOneThread_AreNotDeliveredWithAnotherThreadsTransaction()
    {
        using var inside = new ManualResetEventSlim();
        using var signalled = new ManualResetEventSlim();
        var other = Task.Run(() => _db.InTransaction(() =>
        {
            inside.Set();
            signalled.Wait();
            _db.Signal(new Changed("other thread"));
        }));
        inside.Wait();

        // This thread is outside any transaction: its signal goes out at once, alone.
        _db.Signal(new Changed("this thread"));
        signalled.Set();
        await other;

        Assert.Equal([[new Changed("this thread")], [new Changed("other thread")]], _batches.Select(b => b.ToArray()));
    }

    public void Dispose()
    {
        _db.Dispose();
        File.Delete(_file);
    }

    private sealed record Changed(string What) : ICommitSignal;

    private sealed record Other : ICommitSignal;

    private sealed class Row
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";
    }
}
