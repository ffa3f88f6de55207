using Bot.Core;
using Bot.Core.Messaging;
using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Bot.Bench;

/// <summary>
/// The data of one scenario's bot on the run's backend (<see cref="BenchBackend"/>): a new LiteDB data file, or a
/// throwaway PostgreSQL database <c>dutybot_bench_…</c> created on the given server and migrated. <see cref="Seed"/>
/// fills it through the store interfaces the bot itself resolves (<c>AddBotCore</c> + <c>AddBotFeatures</c>, so the
/// same <c>AddStore</c> registrations choose LiteDB or PostgreSQL), and the same seed code serves both backends.
/// Disposing deletes the file or drops the database (also when the process exits early).
/// </summary>
internal sealed class BenchStorage : IDisposable
{
    private readonly string _name;
    private readonly string? _server;
    private readonly string _dataFile; // on PostgreSQL only the folder beside which the console keeps its files
    private readonly string? _database;
    private readonly string? _connectionString;
    private bool _disposed;

    private BenchStorage(string name, string? server, string dataFile, string? database, string? connectionString)
    {
        _name = name;
        _server = server;
        _dataFile = dataFile;
        _database = database;
        _connectionString = connectionString;
        AppDomain.CurrentDomain.ProcessExit += OnProcessExit;
    }

    /// <summary>The LiteDB data file; null on PostgreSQL.</summary>
    public string? DataFile => _database is null ? _dataFile : null;

    /// <summary>The column <see cref="SizeMb"/> goes in.</summary>
    public string SizeKey => _database is null ? "data file MB" : "database MB";

    /// <summary>Storage settings for a bot on this data.</summary>
    public Dictionary<string, string?> Settings => _database is null
        ? new() { ["Storage:Provider"] = StorageProviders.LiteDb, ["Storage:LiteDbPath"] = _dataFile }
        : new()
        {
            ["Storage:Provider"] = StorageProviders.Postgres,
            ["Storage:ConnectionString"] = _connectionString,
            // Nothing opens a data file on PostgreSQL, but the console channel keeps its files beside this path: a temporary folder, not data/.
            ["Storage:LiteDbPath"] = _dataFile,
        };

    /// <summary>A bot's <paramref name="settings"/> with this data's storage settings added.</summary>
    public Dictionary<string, string?> With(IDictionary<string, string?> settings)
    {
        var all = new Dictionary<string, string?>(settings);
        foreach (var (k, v) in Settings)
        {
            all[k] = v;
        }

        return all;
    }

    /// <summary>A new data file, or a new database on the run's PostgreSQL server (created and migrated).</summary>
    public static BenchStorage Create(string name) => Create(name, BenchBackend.IsPostgres ? BenchBackend.Server : null);

    /// <summary>
    /// A new data file when <paramref name="postgresServer"/> is null, else a new database on that server (its
    /// connection string names a role that may create databases), created and migrated.
    /// </summary>
    public static BenchStorage Create(string name, string? postgresServer)
    {
        if (postgresServer is null)
        {
            return new BenchStorage(name, null, BenchFiles.NewDataFile(name), null, null);
        }

        var database = "dutybot_bench_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(postgresServer))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            create.ExecuteNonQuery();
        }

        var storage = new BenchStorage(name, postgresServer, BenchFiles.NewDataFile(name), database, new NpgsqlConnectionStringBuilder(postgresServer) { Database = database }.ConnectionString);
        Console.Error.WriteLine($"{name}: PostgreSQL database {database} created for this scenario (dropped at its end)");
        using (var db = new PostgresDatabase(storage._connectionString!))
        {
            db.Migrate();
        }

        return storage;
    }

    /// <summary>
    /// The bot's core and features registered on this data, not started: its stores and <see cref="IUnitOfWork"/>
    /// resolve to the backend's implementations. Dispose it before a bot process opens a LiteDB file.
    /// </summary>
    public ServiceProvider Services(IDictionary<string, string?>? settings = null)
    {
        var all = With(settings ?? new Dictionary<string, string?>());
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(all).Build());
        services.AddLogging();
        services.AddBotCore();
        services.AddBotFeatures();
        services.AddSingleton(new ChannelLimits { Channel = ChannelNames.Telegram });
        return services.BuildServiceProvider();
    }

    /// <summary>Runs <paramref name="seed"/> with the stores of <see cref="Services"/>, then closes them.</summary>
    public void Seed(Action<IServiceProvider> seed)
    {
        ArgumentNullException.ThrowIfNull(seed);
        var sw = System.Diagnostics.Stopwatch.StartNew();
        using (var services = Services())
        {
            seed(services);
        }

        Console.Error.WriteLine($"{_name}: seeded on {(_database is null ? "LiteDB" : "PostgreSQL")} in {sw.Elapsed.TotalSeconds:0.0} s");
    }

    /// <summary>The data file with its log, or the database as PostgreSQL counts it (its catalogs included), in MB.</summary>
    public double SizeMb()
    {
        if (_database is null)
        {
            return BenchFiles.Mb(BenchFiles.Size(_dataFile));
        }

        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return BenchFiles.Mb((long)size.ExecuteScalar()!);
    }

    /// <summary>
    /// CPU time (user + system) of the PostgreSQL server processes serving this database now, i.e. the backends of
    /// the bot's connections; null on LiteDB or when the server is not on this machine. Read from /proc, so a backend
    /// that has ended no longer counts: take the difference over a run in which the bot keeps its connections.
    /// </summary>
    public TimeSpan? ServerCpu()
    {
        var host = _database is null ? null : new NpgsqlConnectionStringBuilder(_connectionString).Host;
        if (host is not ("127.0.0.1" or "localhost" or "::1") || !OperatingSystem.IsLinux())
        {
            return null;
        }

        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_connectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var backends = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
        using var reader = backends.ExecuteReader();
        long ticks = 0;
        while (reader.Read())
        {
            try
            {
                // Fields after the command name's closing parenthesis: state is the 3rd field, utime and stime the 14th and 15th.
                var stat = File.ReadAllText($"/proc/{reader.GetInt32(0)}/stat");
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks += long.Parse(fields[11], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[12], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // The backend ended meanwhile.
            }
        }

        // Linux reports these in USER_HZ, 100 a second.
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        BenchFiles.Delete(_dataFile);
        if (_database is null)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(_server);
        connection.Open();
        using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", connection);
        drop.ExecuteNonQuery();
    }

    private void OnProcessExit(object? sender, EventArgs e)
    {
        try
        {
            Dispose();
        }
        catch (NpgsqlException ex)
        {
            Console.Error.WriteLine($"could not drop {_database}: {ex.Message}");
        }
    }
}
