using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;
using Bot.Host.Hosting;
using Bot.Tests.Support.Postgres;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Tests.Hosting;

/// <summary>
/// The host's start sequence (<see cref="BotHostBuilder.Build"/>) on <c>Storage:Provider=Postgres</c>: the database is
/// migrated before anything else touches it, and one newer than the code is refused with one line and left alone.
/// </summary>
public sealed class PostgresStartTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));
    private ThrowawayDatabase _database = null!;

    public async Task InitializeAsync() => _database = await PostgresServer.CreateDatabaseAsync();

    public async Task DisposeAsync()
    {
        await _database.DisposeAsync();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private WebApplication Build() => BotHostBuilder.Build(BotHostBuilder.Create([], new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "Postgres",
        ["Storage:ConnectionString"] = _database.ConnectionString,
        ["Storage:LiteDbPath"] = Path.Combine(_folder, "bot.db"),
        ["Urls"] = "http://127.0.0.1:0",
        ["Console:Enabled"] = "false",
        ["Demo:Seed"] = "false",
    }));

    private int Version()
    {
        using var source = NpgsqlDataSource.Create(_database.ConnectionString);
        return MigrationsRunner.CurrentVersion(source);
    }

    [Fact]
    public async Task AnEmptyDatabase_IsMigrated_BeforeTheHostStarts()
    {
        Assert.Equal(0, Version());

        await using var app = Build();

        Assert.Equal(Migrations.Latest, Version());
        Assert.False(Directory.Exists(_folder));
        await using var again = Build();
        Assert.Equal(Migrations.Latest, Version());
    }

    [Fact]
    public void ADatabaseNewerThanTheCode_IsRefusedWithOneLine_AndLeftAlone()
    {
        using (var source = NpgsqlDataSource.Create(_database.ConnectionString))
        {
            MigrationsRunner.Apply(source, [new(1, "from_the_future", "CREATE TABLE future (id int)"),
                .. Enumerable.Range(2, Migrations.Latest).Select(v => new Migration(v, "step " + v, "SELECT 1"))]);
        }

        var ex = Assert.ThrowsAny<Exception>(() => Build());

        var line = BotHostBuilder.StorageFailure(ex);
        Assert.NotNull(line);
        Assert.DoesNotContain('\n', line);
        Assert.StartsWith($"Storage:ConnectionString: the PostgreSQL database is at schema version {Migrations.Latest + 1}", line, StringComparison.Ordinal);
        Assert.Equal(Migrations.Latest + 1, Version());
        using var check = NpgsqlDataSource.Create(_database.ConnectionString);
        using var command = check.CreateCommand("SELECT to_regclass('inbox') IS NULL AND to_regclass('future') IS NOT NULL");
        Assert.Equal(true, command.ExecuteScalar());
    }

    [Fact]
    public void AnUnreachableDatabase_IsOneLine_NamingTheConnectionString()
    {
        var line = BotHostBuilder.StorageFailure(new NpgsqlException("Failed to connect to 127.0.0.1:1"));

        Assert.StartsWith("Storage:ConnectionString: PostgreSQL refused or could not be reached (Failed to connect", line, StringComparison.Ordinal);
        Assert.Null(BotHostBuilder.StorageFailure(new InvalidOperationException("something else")));
    }
}
