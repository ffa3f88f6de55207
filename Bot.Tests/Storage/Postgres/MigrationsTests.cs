using Bot.Core.Storage.Postgres;
using Bot.Tests.Support.Postgres;
using Npgsql;

namespace Bot.Tests.Storage.Postgres;

/// <summary>Versioned migrations on a real PostgreSQL database (each test on a throwaway one).</summary>
public sealed class MigrationsTests : IAsyncLifetime
{
    private ThrowawayDatabase _database = null!;
    private NpgsqlDataSource _source = null!;

    public async Task InitializeAsync()
    {
        _database = await PostgresServer.CreateDatabaseAsync();
        _source = NpgsqlDataSource.Create(_database.ConnectionString);
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void TheCodesList_RunsFromOne_WithoutGaps()
    {
        MigrationsRunner.Check(Migrations.All);
        Assert.Equal(Migrations.All.Count, Migrations.Latest);
        Assert.Throws<InvalidOperationException>(() => MigrationsRunner.Check([new(1, "a", "SELECT 1"), new(3, "b", "SELECT 1")]));
    }

    [Fact]
    public void AFreshDatabase_IsMigratedToTheLatestVersion_AndRecordsEachStep()
    {
        Assert.Equal(0, MigrationsRunner.CurrentVersion(_source));

        var applied = MigrationsRunner.Apply(_source, Migrations.All);

        Assert.Equal(Migrations.All.Count, applied);
        Assert.Equal(Migrations.Latest, MigrationsRunner.CurrentVersion(_source));
        Assert.Equal(Migrations.All.Select(m => (m.Version, m.Name)), Recorded());
        Assert.True(TableExists("conversations"));
        Assert.True(TableExists("outbox"));
    }

    [Fact]
    public void ASecondStart_AppliesNothing()
    {
        MigrationsRunner.Apply(_source, Migrations.All);

        Assert.Equal(0, MigrationsRunner.Apply(_source, Migrations.All));
        Assert.Equal(Migrations.All.Count, Recorded().Count);
    }

    [Fact]
    public void ANewMigration_IsAppliedAlone_OnADatabaseAtTheOlderVersion()
    {
        MigrationsRunner.Apply(_source, Migrations.All);
        var next = Migrations.Latest + 1;

        var applied = MigrationsRunner.Apply(_source, [.. Migrations.All, new(next, "test_extra", "CREATE TABLE test_extra (id int)")]);

        Assert.Equal(1, applied);
        Assert.True(TableExists("test_extra"));
        Assert.Equal(next, MigrationsRunner.CurrentVersion(_source));
    }

    [Fact]
    public void AFailingMigration_LeavesTheDatabaseAsItWas()
    {
        var broken = new Migration(Migrations.Latest + 1, "broken", "CREATE TABLE half (id int); SELECT no_such_function()");

        Assert.Throws<PostgresException>(() => MigrationsRunner.Apply(_source, [.. Migrations.All, broken]));

        Assert.Equal(0, MigrationsRunner.CurrentVersion(_source));
        Assert.False(TableExists("conversations"));
        Assert.False(TableExists("half"));
    }

    [Fact]
    public void ADatabaseNewerThanTheCode_IsRefusedWithOneLine_AndLeftAlone()
    {
        MigrationsRunner.Apply(_source, [.. Migrations.All, new(Migrations.Latest + 1, "from_the_future", "CREATE TABLE future (id int)")]);

        var ex = Assert.Throws<SchemaTooNewException>(() => MigrationsRunner.Apply(_source, Migrations.All));

        Assert.Equal(Migrations.Latest + 1, ex.DatabaseVersion);
        Assert.Equal(Migrations.Latest, ex.CodeVersion);
        Assert.DoesNotContain('\n', ex.Message);
        Assert.Contains($"schema version {Migrations.Latest + 1}", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"knows versions up to {Migrations.Latest}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("run the newer duty-bot", ex.Message, StringComparison.Ordinal);
        Assert.Equal(Migrations.Latest + 1, MigrationsRunner.CurrentVersion(_source));
        Assert.True(TableExists("future"));
    }

    [Fact]
    public async Task FourHostsStartingTogether_ApplyEachMigrationOnce()
    {
        var sources = Enumerable.Range(0, 4).Select(_ => NpgsqlDataSource.Create(_database.ConnectionString)).ToList();
        try
        {
            using var start = new Barrier(sources.Count);
            var runs = sources.Select(s => Task.Run(() =>
            {
                start.SignalAndWait();
                return MigrationsRunner.Apply(s, Migrations.All);
            })).ToList();

            var applied = await Task.WhenAll(runs);

            // Whoever came first did all of it; the others waited on the lock and found nothing to do.
            Assert.Equal(Migrations.All.Count, applied.Sum());
            Assert.Equal(sources.Count - 1, applied.Count(a => a == 0));
            Assert.Equal(Migrations.All.Select(m => (m.Version, m.Name)), Recorded());
        }
        finally
        {
            foreach (var s in sources)
            {
                await s.DisposeAsync();
            }
        }
    }

    [Fact]
    public void PostgresDatabase_Migrate_UsesTheCodesList()
    {
        using var db = new PostgresDatabase(_source);

        Assert.Equal(Migrations.All.Count, db.Migrate());
        Assert.Equal(0, db.Migrate());
    }

    private List<(int Version, string Name)> Recorded()
    {
        using var command = _source.CreateCommand("SELECT version, name FROM schema_migrations ORDER BY version");
        using var reader = command.ExecuteReader();
        var rows = new List<(int, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), reader.GetString(1)));
        }

        return rows;
    }

    private bool TableExists(string name)
    {
        using var command = _source.CreateCommand("SELECT to_regclass(@n) IS NOT NULL");
        command.Parameters.AddWithValue("n", name);
        return (bool)command.ExecuteScalar()!;
    }
}
