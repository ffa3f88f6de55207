using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;
using Bot.Tests.Storage.Contracts;
using Bot.Tests.Support.Postgres;
using Npgsql;

namespace Bot.Tests.Storage.Postgres;

/// <summary>
/// What <see cref="StorageFaults.IsTransient"/> says of real server errors: two hosts locking two rows in opposite
/// orders deadlock, PostgreSQL aborts one of them, and that one's failure is transient (worth running again) whether
/// it left the transaction directly or was caught by a nested step (then the outermost level throws, wrapping it).
/// </summary>
public sealed class StorageFaultsTests : IAsyncLifetime
{
    private ThrowawayDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgresServer.CreateDatabaseAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task TheVictimOfARealDeadlock_FailsTransiently_AndTheOtherCommits(bool caughtByANestedStep)
    {
        using var a = new PostgresDatabase(_database.ConnectionString);
        using var b = new PostgresDatabase(_database.ConnectionString);
        using var watcher = new PostgresDatabase(_database.ConnectionString);
        a.InTransaction(() =>
        {
            using var create = a.Command("CREATE TABLE pair (id int PRIMARY KEY, n int NOT NULL); INSERT INTO pair VALUES (1, 0), (2, 0)");
            create.ExecuteNonQuery();
        });
        using var aHoldsOne = new ManualResetEventSlim();
        using var bHoldsTwo = new ManualResetEventSlim();

        void Bump(PostgresDatabase db, int id)
        {
            using var command = db.Command("UPDATE pair SET n = n + 1 WHERE id = @id");
            command.Parameters.AddWithValue("id", id);
            command.ExecuteNonQuery();
        }

        void Second(PostgresDatabase db, int id)
        {
            if (!caughtByANestedStep)
            {
                Bump(db, id);
                return;
            }

            try
            {
                db.InTransaction(() => Bump(db, id));
            }
            catch (PostgresException)
            {
                // A step that swallows the error: the transaction is still aborted.
            }
        }

        var first = Task.Run(() => a.InTransaction(() =>
        {
            Bump(a, 1);
            aHoldsOne.Set();
            bHoldsTwo.Wait();
            Second(a, 2);
        }));
        var second = Task.Run(() => b.InTransaction(() =>
        {
            aHoldsOne.Wait();
            Bump(b, 2);
            bHoldsTwo.Set();
            // Lock row 1 only once A waits for row 2: the two then wait on each other.
            while (!Contention.AnyoneWaitsOnALock(watcher))
            {
                Thread.Yield();
            }

            Second(b, 1);
        }));

        var outcomes = await Task.WhenAll(Outcome(first), Outcome(second));

        var failure = Assert.Single(outcomes, o => o is not null);
        Assert.True(StorageFaults.IsTransient(failure), failure!.ToString());
        Assert.Equal(caughtByANestedStep, failure is InvalidOperationException);
        // The survivor committed both its bumps; the victim's rolled back.
        var total = watcher.InTransaction(() =>
        {
            using var sum = watcher.Command("SELECT sum(n) FROM pair");
            return (long)sum.ExecuteScalar()!;
        });
        Assert.Equal(2, total);
    }

    [Fact]
    public void OtherErrors_AreNotTransient()
    {
        Assert.False(StorageFaults.IsTransient(new InvalidOperationException("boom")));
        Assert.False(StorageFaults.IsTransient(new PostgresException("duplicate key", "ERROR", "ERROR", PostgresErrorCodes.UniqueViolation)));
        Assert.False(StorageFaults.IsTransient(null));
        Assert.True(StorageFaults.IsTransient(new InvalidOperationException("wrapped",
            new PostgresException("could not serialize access", "ERROR", "ERROR", PostgresErrorCodes.SerializationFailure))));
    }

    private static async Task<Exception?> Outcome(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
