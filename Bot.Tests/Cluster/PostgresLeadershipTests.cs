using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;
using Bot.Tests.Support;
using Bot.Tests.Support.Postgres;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Bot.Tests.Cluster;

/// <summary>Leader election over a PostgreSQL advisory lock, two contenders (two hosts) on one throwaway database.</summary>
public sealed class PostgresLeadershipTests
{
    private const string Name = "telegram-polling:123456";

    private static readonly LeadershipOptions Fast = new()
    {
        RetryInterval = TimeSpan.FromMilliseconds(100),
        CheckInterval = TimeSpan.FromMilliseconds(200),
    };

    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TwoContenders_ExactlyOneLeads()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await using var hostA = Election(db);
        await using var hostB = Election(db);
        var a = hostA.For(Name);
        var b = hostB.For(Name);

        var aLeads = a.WaitUntilLeaderAsync(CancellationToken.None);
        var bLeads = b.WaitUntilLeaderAsync(CancellationToken.None);
        var first = await Task.WhenAny(aLeads, bLeads).WaitAsync(Generous);
        var (leader, other, otherWaits) = first == aLeads ? (a, b, bLeads) : (b, a, aLeads);

        // The other keeps trying (every 100 ms) and keeps being refused: one lock holder in the database, one leader.
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(1L, await AdvisoryLocksAsync(db));
            await Task.Delay(Fast.RetryInterval);
        }

        Assert.True(leader.IsLeader);
        Assert.False(other.IsLeader);
        Assert.False(otherWaits.IsCompleted);
        Assert.Same(a, hostA.For(Name));
    }

    [Fact]
    public async Task LeadersSessionTerminated_TheLeaderReportsItLost_AndTheOtherLeads()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await using var hostA = Election(db);
        var a = hostA.For(Name);
        var term = await a.WaitUntilLeaderAsync(CancellationToken.None).WaitAsync(Generous);
        await using var hostB = Election(db);
        var b = hostB.For(Name);
        var bLeads = b.WaitUntilLeaderAsync(CancellationToken.None);
        Assert.False(term.IsCancellationRequested);

        // As if a's host died: its session ends, and the lock with it.
        await TerminateLockHolderAsync(db);

        var lost = new TaskCompletionSource();
        term.Register(() => lost.TrySetResult());
        await lost.Task.WaitAsync(Generous);
        Assert.False(a.IsLeader);
        var bTerm = await bLeads.WaitAsync(Generous);
        Assert.True(b.IsLeader);
        Assert.False(bTerm.IsCancellationRequested);
        // a reconnects and asks again, but b holds the lock now.
        Assert.Equal(1L, await AdvisoryLocksAsync(db));
        Assert.False(a.IsLeader);
    }

    [Fact]
    public async Task LeaderDisposed_TheOtherLeads_AndTheDisposedTermIsOver()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        var hostA = Election(db);
        var a = hostA.For(Name);
        var term = await a.WaitUntilLeaderAsync(CancellationToken.None).WaitAsync(Generous);
        await using var hostB = Election(db);
        var bLeads = hostB.For(Name).WaitUntilLeaderAsync(CancellationToken.None);

        await hostA.DisposeAsync();

        Assert.True(term.IsCancellationRequested);
        Assert.False(a.IsLeader);
        await bLeads.WaitAsync(Generous);
        Assert.True(hostB.For(Name).IsLeader);
    }

    [Fact]
    public async Task DifferentNames_AreLedIndependently()
    {
        await using var db = await PostgresServer.CreateDatabaseAsync();
        await using var hostA = Election(db);
        await using var hostB = Election(db);

        await hostA.For("telegram-polling:1").WaitUntilLeaderAsync(CancellationToken.None).WaitAsync(Generous);
        await hostB.For("telegram-polling:2").WaitUntilLeaderAsync(CancellationToken.None).WaitAsync(Generous);

        Assert.NotEqual(PostgresLeaderElection.LockKeyOf("telegram-polling:1"), PostgresLeaderElection.LockKeyOf("telegram-polling:2"));
        Assert.Equal(2L, await AdvisoryLocksAsync(db));
    }

    [Fact]
    public async Task SingleHost_AlwaysLeads_ForGood()
    {
        var leadership = new SingleHostLeaderElection().For(Name);

        var term = await leadership.WaitUntilLeaderAsync(CancellationToken.None);

        Assert.True(leadership.IsLeader);
        Assert.False(term.CanBeCanceled);
    }

    private static PostgresLeaderElection Election(ThrowawayDatabase db) =>
        new(db.ConnectionString, Fast, TimeProvider.System, NullLoggerFactory.Instance);

    private static async Task<long> AdvisoryLocksAsync(ThrowawayDatabase db)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND granted AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
            connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task TerminateLockHolderAsync(ThrowawayDatabase db)
    {
        await using var connection = new NpgsqlConnection(db.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND granted " +
            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())) t", connection);
        Assert.Equal(1L, (long)(await command.ExecuteScalarAsync())!);
    }
}
