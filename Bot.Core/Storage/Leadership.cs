namespace Bot.Core.Storage;

/// <summary>
/// Leadership of one named duty (say, polling one Telegram bot) among the hosts sharing a database: at most one host
/// leads a name at a time. With one host (LiteDB) that host always leads; with PostgreSQL see
/// <c>PostgresLeaderElection</c>.
/// </summary>
public interface ILeadership
{
    /// <summary>What is led, the same on every host (for example <c>telegram:123456</c>).</summary>
    string Name { get; }

    /// <summary>Whether this host leads <see cref="Name"/> right now.</summary>
    bool IsLeader { get; }

    /// <summary>
    /// Waits until this host leads <see cref="Name"/>, then returns a token that is cancelled when it stops leading
    /// (the connection holding the leadership was lost, or the host is stopping). Do the leader's work under that token,
    /// then call again to wait for the next term.
    /// </summary>
    Task<CancellationToken> WaitUntilLeaderAsync(CancellationToken cancellationToken);
}

/// <summary>Hands out the <see cref="ILeadership"/> of each name (one instance per name).</summary>
public interface ILeaderElection
{
    ILeadership For(string name);
}

/// <summary>One host (LiteDB): it leads everything, for good.</summary>
public sealed class SingleHostLeaderElection : ILeaderElection
{
    public ILeadership For(string name) => new AlwaysLeader(name);

    private sealed class AlwaysLeader(string name) : ILeadership
    {
        public string Name { get; } = name;

        public bool IsLeader => true;

        public Task<CancellationToken> WaitUntilLeaderAsync(CancellationToken cancellationToken) =>
            cancellationToken.IsCancellationRequested ? Task.FromCanceled<CancellationToken>(cancellationToken) : Task.FromResult(CancellationToken.None);
    }
}

/// <summary>Options of the <c>Leadership</c> section (used with PostgreSQL only).</summary>
public sealed class LeadershipOptions
{
    public const string Section = "Leadership";

    /// <summary>How often a host that does not lead asks again (and reconnects after a lost connection). Default 00:00:05.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often the leader checks that its connection (and with it the lock) is still there; a check failing, or
    /// taking longer than this, gives the leadership up. Default 00:00:05.
    /// </summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromSeconds(5);
}
