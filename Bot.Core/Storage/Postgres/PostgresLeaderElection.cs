using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace Bot.Core.Storage.Postgres;

/// <summary>
/// Leadership through PostgreSQL session advisory locks: a name is led by the host whose dedicated connection holds
/// <c>pg_try_advisory_lock(<see cref="LockSpace"/>, hash of the name)</c>. The lock lives exactly as long as that
/// connection's session, so a leader whose process dies (or whose session is terminated) frees it at once, and another
/// host takes it at its next try, within <see cref="LeadershipOptions.RetryInterval"/>. One <see cref="ILeadership"/>
/// per name, each with its own connection (outside the pool), opened on the first wait.
/// </summary>
public sealed class PostgresLeaderElection(string connectionString, LeadershipOptions options, TimeProvider time, ILoggerFactory loggers)
    : ILeaderElection, IAsyncDisposable
{
    /// <summary>The first half of every leadership lock key ("DBLD"); the second is derived from the name.</summary>
    public const int LockSpace = 0x44424C44;

    private readonly ConcurrentDictionary<string, PostgresLeadership> _byName = new(StringComparer.Ordinal);

    public ILeadership For(string name) =>
        _byName.GetOrAdd(name, n => new PostgresLeadership(connectionString, n, options, time, loggers.CreateLogger<PostgresLeadership>()));

    /// <summary>The second half of the lock key of <paramref name="name"/>: the same on every host and every run.</summary>
    public static int LockKeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(name), hash);
        return BitConverter.ToInt32(hash[..4]);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var leadership in _byName.Values)
        {
            await leadership.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>
/// The leadership of one name (see <see cref="PostgresLeaderElection"/>). A background loop opens the dedicated
/// connection, tries the lock every <see cref="LeadershipOptions.RetryInterval"/> while another host holds it, and while
/// leading checks the connection every <see cref="LeadershipOptions.CheckInterval"/>: a failed or overdue check means
/// the session (and the lock with it) may be gone, so the term ends at once rather than risk two leaders.
/// </summary>
public sealed class PostgresLeadership : ILeadership, IAsyncDisposable
{
    private readonly string _connectionString;
    private readonly LeadershipOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly int _key;
    private readonly CancellationTokenSource _stop = new();
    private readonly Lock _gate = new();
    private TaskCompletionSource<CancellationToken> _led = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private CancellationTokenSource? _term;
    private Task? _loop;

    internal PostgresLeadership(string connectionString, string name, LeadershipOptions options, TimeProvider time, ILogger logger)
    {
        Name = name;
        _options = options;
        _time = time;
        _logger = logger;
        _key = PostgresLeaderElection.LockKeyOf(name);
        // Outside the pool: a pooled connection handed back would keep (or silently reset) the session's lock.
        _connectionString = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            Enlist = false,
            TcpKeepAlive = true,
        }.ConnectionString;
    }

    public string Name { get; }

    public bool IsLeader
    {
        get
        {
            lock (_gate)
            {
                return _term is not null;
            }
        }
    }

    public Task<CancellationToken> WaitUntilLeaderAsync(CancellationToken cancellationToken)
    {
        Task<CancellationToken> led;
        lock (_gate)
        {
            ObjectDisposedException.ThrowIf(_stop.IsCancellationRequested, this);
            _loop ??= Task.Run(RunAsync);
            led = _led.Task;
        }

        return led.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        Task? loop;
        lock (_gate)
        {
            if (_stop.IsCancellationRequested)
            {
                return;
            }

            _stop.Cancel();
            loop = _loop;
        }

        if (loop is not null)
        {
            await loop.ConfigureAwait(false);
        }

        StepDown();
        lock (_gate)
        {
            _led.TrySetCanceled(_stop.Token);
        }

        _stop.Dispose();
    }

    private async Task RunAsync()
    {
        var stop = _stop.Token;
        NpgsqlConnection? connection = null;
        var failures = 0;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    connection ??= await OpenAsync(stop).ConfigureAwait(false);
                    failures = 0;
                    if (await TryLockAsync(connection, stop).ConfigureAwait(false))
                    {
                        Lead();
                        // Returns only by an exception: the connection failed, or the host is stopping.
                        await HoldAsync(connection, stop).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (!stop.IsCancellationRequested && e is NpgsqlException or TimeoutException or IOException
                    or InvalidOperationException or OperationCanceledException)
                {
                    if (StepDown())
                    {
                        _logger.LogWarning("Leadership of {Name} lost ({Error}); trying again every {Interval}", Name, e.Message, _options.RetryInterval);
                    }
                    else if (failures++ == 0)
                    {
                        // Once per outage: the retries go on quietly every RetryInterval.
                        _logger.LogWarning("Leadership of {Name}: no database connection ({Error}); trying again every {Interval}", Name, e.Message, _options.RetryInterval);
                    }

                    if (connection is not null)
                    {
                        await connection.DisposeAsync().ConfigureAwait(false);
                        connection = null;
                    }
                }

                await Task.Delay(_options.RetryInterval, _time, stop).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            StepDown();
            if (connection is not null)
            {
                // Closing the session releases its advisory lock.
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }

    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task<bool> TryLockAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@space, @key)", connection);
        command.Parameters.AddWithValue("space", PostgresLeaderElection.LockSpace);
        command.Parameters.AddWithValue("key", _key);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true;
    }

    private async Task HoldAsync(NpgsqlConnection connection, CancellationToken stop)
    {
        while (true)
        {
            await Task.Delay(_options.CheckInterval, _time, stop).ConfigureAwait(false);
            // A check that does not answer within an interval counts as lost: the session may be gone already.
            using var overdue = new CancellationTokenSource(_options.CheckInterval, _time);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(stop, overdue.Token);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(deadline.Token).ConfigureAwait(false);
        }
    }

    private void Lead()
    {
        lock (_gate)
        {
            _term = new CancellationTokenSource();
            _led.TrySetResult(_term.Token);
        }

        _logger.LogInformation("This host now leads {Name}", Name);
    }

    /// <summary>Ends the current term (cancelling its token); false when there was none.</summary>
    private bool StepDown()
    {
        CancellationTokenSource? term;
        lock (_gate)
        {
            term = _term;
            if (term is null)
            {
                return false;
            }

            _term = null;
            _led = new TaskCompletionSource<CancellationToken>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        // Not disposed: whoever still holds its token only ever sees it cancelled.
        term.Cancel();
        return true;
    }
}
