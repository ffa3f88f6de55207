using Bot.Core.Shifts;
using Bot.Core.Storage;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the reminders rely on from <see cref="IShiftReminderLog"/>, run against every backend: the first claim of a
/// key wins and later ones lose without touching it, the claimer's final record replaces the outcome, a rolled-back
/// claim frees the key, records round-trip with every field and survive a restart.
/// </summary>
public abstract class ShiftReminderLogContract : IAsyncLifetime
{
    protected static readonly DateTime Due = new(2026, 3, 2, 0, 30, 0, DateTimeKind.Utc);

    protected IScratchBackend Backend { get; private set; } = null!;

    private IUnitOfWork Db => Backend.Transactions;

    protected abstract Task<IScratchBackend> OpenAsync();

    private protected abstract IShiftReminderLog NewLog();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();

    private protected static ReminderLogEntry NewEntry(string key, ReminderOutcome outcome = ReminderOutcome.Sent) =>
        new() { Id = key, Outcome = outcome, DueAtUtc = Due, HandledAtUtc = Due.AddSeconds(3) };

    [Fact]
    public void TheFirstClaimWins_ALaterOneLoses_AndLeavesTheRecordAlone()
    {
        var log = NewLog();
        Assert.False(log.IsLogged("shift:1:upcoming"));
        Assert.Null(log.Entry("shift:1:upcoming"));

        Assert.True(log.TryClaim(NewEntry("shift:1:upcoming")));
        Assert.False(log.TryClaim(new ReminderLogEntry { Id = "shift:1:upcoming", Outcome = ReminderOutcome.Skipped, DueAtUtc = Due.AddHours(1), HandledAtUtc = Due.AddHours(1) }));
        Assert.True(NewLog().TryClaim(NewEntry("shift:1:nosignin")));

        Assert.True(log.IsLogged("shift:1:upcoming"));
        var got = log.Entry("shift:1:upcoming")!;
        Assert.Equal(("shift:1:upcoming", ReminderOutcome.Sent, Due, Due.AddSeconds(3)), (got.Id, got.Outcome, got.DueAtUtc, got.HandledAtUtc));
        Assert.Equal((DateTimeKind.Utc, DateTimeKind.Utc), (got.DueAtUtc.Kind, got.HandledAtUtc.Kind));
        Assert.False(log.IsLogged("shift:2:upcoming"));
    }

    [Fact]
    public void Record_ReplacesTheClaimedOutcome_OrRecordsAFreshKey()
    {
        var log = NewLog();
        log.TryClaim(NewEntry("shift:1:upcoming"));

        log.Record(new ReminderLogEntry { Id = "shift:1:upcoming", Outcome = ReminderOutcome.Skipped, DueAtUtc = Due, HandledAtUtc = Due.AddSeconds(4) });
        log.Record(NewEntry("shift:2:escalate", ReminderOutcome.Dropped));

        Assert.Equal((ReminderOutcome.Skipped, Due.AddSeconds(4)), (log.Entry("shift:1:upcoming")!.Outcome, log.Entry("shift:1:upcoming")!.HandledAtUtc));
        Assert.Equal(ReminderOutcome.Dropped, log.Entry("shift:2:escalate")!.Outcome);
        Assert.False(log.TryClaim(NewEntry("shift:2:escalate")));
    }

    [Fact]
    public void ARolledBackClaim_FreesTheKey()
    {
        var log = NewLog();

        Assert.Throws<InvalidOperationException>(() => Db.InTransaction(() =>
        {
            Assert.True(log.TryClaim(NewEntry("shift:1:upcoming")));
            Assert.False(log.TryClaim(NewEntry("shift:1:upcoming")));
            throw new InvalidOperationException("sending failed");
        }));

        Assert.False(log.IsLogged("shift:1:upcoming"));
        Assert.True(log.TryClaim(NewEntry("shift:1:upcoming")));
    }

    [Fact]
    public void ClaimedBeforeARestart_StaysClaimedAfterIt()
    {
        NewLog().TryClaim(NewEntry("shift:1:upcoming", ReminderOutcome.Dropped));

        Backend.Reopen();

        var again = NewLog();
        Assert.False(again.TryClaim(NewEntry("shift:1:upcoming")));
        Assert.Equal(ReminderOutcome.Dropped, again.Entry("shift:1:upcoming")?.Outcome);
    }
}

public sealed class LiteDbShiftReminderLogContract : ShiftReminderLogContract
{
    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    private protected override IShiftReminderLog NewLog() => new LiteDbShiftReminderLog(((LiteDbScratch)Backend).Database);
}

public sealed class PostgresShiftReminderLogContract : ShiftReminderLogContract
{
    private PostgresScratch Scratch => (PostgresScratch)Backend;

    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    private protected override IShiftReminderLog NewLog() => new PostgresShiftReminderLog(Scratch.Database);

    /// <summary>Two hosts claim the same reminders at once, each in its own transactions: every key is won exactly once.</summary>
    [Fact]
    public async Task TwoHosts_ClaimingTheSameReminders_WinEachExactlyOnce()
    {
        using var hostA = Scratch.OpenAnother();
        using var hostB = Scratch.OpenAnother();
        var keys = Enumerable.Range(0, 50).Select(i => $"shift:{i}:upcoming").ToList();
        using var start = new Barrier(2);

        List<string> Claim(Bot.Core.Storage.Postgres.PostgresDatabase host)
        {
            var log = new PostgresShiftReminderLog(host);
            start.SignalAndWait();
            return keys.Where(k => host.InTransaction(() => log.TryClaim(NewEntry(k)))).ToList();
        }

        var won = await Task.WhenAll(Task.Run(() => Claim(hostA)), Task.Run(() => Claim(hostB)));

        Assert.Equal(keys.Count, won[0].Count + won[1].Count);
        Assert.Empty(won[0].Intersect(won[1]));
        Assert.All(keys, k => Assert.True(NewLog().IsLogged(k)));
    }

    /// <summary>
    /// A second host's claim made while the first one's transaction still holds the key waits for it (seen in pg_locks,
    /// no sleeping): it loses once the first commits, and wins once the first rolls back.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AClaimWaitingOnAnOpenOne_LosesIfItCommits_WinsIfItRollsBack(bool commit)
    {
        using var other = Scratch.OpenAnother();
        using var watcher = Scratch.OpenAnother();
        var mine = NewLog();
        var theirs = new PostgresShiftReminderLog(other);
        Task<bool>? second = null;

        try
        {
            Scratch.Database.InTransaction(() =>
            {
                Assert.True(mine.TryClaim(NewEntry("shift:7:upcoming")));
                second = Task.Run(() => theirs.TryClaim(NewEntry("shift:7:upcoming", ReminderOutcome.Skipped)));
                while (!second.IsCompleted && !Contention.AnyoneWaitsOnALock(watcher))
                {
                    Thread.Yield();
                }

                Assert.False(second.IsCompleted);
                if (!commit)
                {
                    throw new InvalidOperationException("sending failed");
                }
            });
        }
        catch (InvalidOperationException) when (!commit)
        {
        }

        Assert.Equal(!commit, await second!);
        Assert.Equal(commit ? ReminderOutcome.Sent : ReminderOutcome.Skipped, NewLog().Entry("shift:7:upcoming")?.Outcome);
    }
}
