using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;
using Bot.Tests.Support.Postgres;

namespace Bot.Tests.Storage.Postgres;

/// <summary>The thread-ambient transaction: join when nested, commit at the outermost level, roll back on exception.</summary>
public sealed class PostgresDatabaseTests : IAsyncLifetime
{
    private ThrowawayDatabase _database = null!;
    private PostgresDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync();
        _db = new PostgresDatabase(_database.ConnectionString);
        _db.InTransaction(() => Execute("CREATE TABLE t (v int PRIMARY KEY)"));
    }

    public async Task DisposeAsync()
    {
        _db.Dispose();
        await _database.DisposeAsync();
    }

    [Fact]
    public void Committed_IsSeenByANewTransaction()
    {
        _db.InTransaction(() => Execute("INSERT INTO t VALUES (1)"));

        Assert.Equal([1], Values());
    }

    [Fact]
    public void AnException_RollsBackEverything_AndDropsItsSignals()
    {
        var ran = false;
        using var subscription = _db.OnCommitted<Note>(_ => ran = true);
        Assert.Throws<InvalidOperationException>(() => _db.InTransaction(() =>
        {
            Execute("INSERT INTO t VALUES (1)");
            _db.Signal(new Note("x"));
            throw new InvalidOperationException("handler failed");
        }));

        Assert.Empty(Values());
        Assert.False(ran);
    }

    [Fact]
    public void Nested_JoinsTheOuterTransaction_OneConnectionOneNumber_CommittedAtTheOutermostLevel()
    {
        using var other = new PostgresDatabase(_database.ConnectionString);
        _db.InTransaction(() =>
        {
            var outer = _db.CurrentTransaction;
            var pid = Backend();
            _db.InTransaction(() =>
            {
                Assert.Equal(outer, _db.CurrentTransaction);
                Assert.Equal(pid, Backend());
                Execute("INSERT INTO t VALUES (1)");
            });

            // Not committed yet: another connection does not see it.
            Assert.Empty(other.InTransaction(() => ValuesOn(other)));
        });

        Assert.Equal([1], Values());
        Assert.Equal(0, _db.CurrentTransaction);
    }

    [Fact]
    public void ANestedFailure_RollsBackTheOuterWorkToo()
    {
        Assert.Throws<InvalidOperationException>(() => _db.InTransaction(() =>
        {
            Execute("INSERT INTO t VALUES (1)");
            _db.InTransaction(() =>
            {
                Execute("INSERT INTO t VALUES (2)");
                throw new InvalidOperationException("inner failed");
            });
        }));

        Assert.Empty(Values());
    }

    [Fact]
    public void AServerErrorCaughtInside_RefusesToCommit_InsteadOfLosingTheWorkSilently()
    {
        var ran = false;
        using var subscription = _db.OnCommitted<Note>(_ => ran = true);
        var ex = Assert.Throws<InvalidOperationException>(() => _db.InTransaction(() =>
        {
            Execute("INSERT INTO t VALUES (1)");
            _db.Signal(new Note("x"));
            try
            {
                _db.InTransaction(() => Execute("INSERT INTO t VALUES (1)"));
            }
            catch (Npgsql.PostgresException)
            {
                // A caller that goes on: the server has aborted the transaction anyway.
            }
        }));

        Assert.Contains("aborted", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Values());
        Assert.False(ran);
    }

    [Fact]
    public void Signals_AreDeliveredOnceCommitted_InOrder_AndAtOnceOutsideATransaction()
    {
        var log = new List<string>();
        using var subscription = _db.OnCommitted<Note>(n => log.Add(n.Text));
        var batches = 0;
        _db.Committed += _ => batches++;
        _db.InTransaction(() =>
        {
            _db.Signal(new Note("after"));
            _db.InTransaction(() => _db.Signal(new Note("nested")));
            log.Add("work");
        });
        _db.Signal(new Note("outside"));

        Assert.Equal(["work", "after", "nested", "outside"], log);
        Assert.Equal(2, batches);
    }

    private sealed record Note(string Text) : ICommitSignal;

    [Fact]
    public void EachOutermostTransaction_HasANewNumber_AndThreadsHaveTheirOwn()
    {
        var first = _db.InTransaction(() => _db.CurrentTransaction);
        var second = _db.InTransaction(() => _db.CurrentTransaction);
        long onOtherThread = -1;
        _db.InTransaction(() =>
        {
            var t = new Thread(() => onOtherThread = _db.CurrentTransaction);
            t.Start();
            t.Join();
        });

        Assert.NotEqual(0, first);
        Assert.NotEqual(first, second);
        Assert.Equal(0, onOtherThread);
    }

    [Fact]
    public void ACommand_OutsideATransaction_IsRefused()
    {
        Assert.Throws<InvalidOperationException>(() => _db.Command("SELECT 1"));
    }

    [Theory]
    [InlineData("Host=db;Database=x;Username=u;Password=p", true)]
    [InlineData("Database=x", false)]
    [InlineData("Hostt=db", false)]
    public void ConnectionStrings_AreCheckedWithoutConnecting(string text, bool valid)
    {
        Assert.Equal(valid, PostgresDatabase.IsValidConnectionString(text, out var problem));
        Assert.Equal(valid, problem is null);
    }

    private void Execute(string sql)
    {
        using var command = _db.Command(sql);
        command.ExecuteNonQuery();
    }

    private int Backend()
    {
        using var command = _db.Command("SELECT pg_backend_pid()");
        return (int)command.ExecuteScalar()!;
    }

    private List<int> Values() => _db.InTransaction(() => ValuesOn(_db));

    private static List<int> ValuesOn(PostgresDatabase db)
    {
        using var command = db.Command("SELECT v FROM t ORDER BY v");
        using var reader = command.ExecuteReader();
        var values = new List<int>();
        while (reader.Read())
        {
            values.Add(reader.GetInt32(0));
        }

        return values;
    }
}
