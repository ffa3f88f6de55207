using Bot.Core.Messaging;
using Bot.Core.Storage.Postgres;

namespace Bot.Tests.Storage.Contracts;

/// <summary>
/// What the outbox's rate gate relies on from <see cref="IRateLedger"/>, run against every backend: a rule's permits
/// per rolling window and not one more, a refusal naming when each full key frees up and taking nothing, a permit
/// moved to its send's completion moving the window, keys and channels counted apart, a channel-wide key shared by
/// every chat while a chat's key holds only that chat.
/// </summary>
public abstract class RateLedgerContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2026, 3, 2, 1, 0, 0, TimeSpan.Zero);

    protected static readonly RateRule ThreePerSecond = new(RateScope.Channel, 3, TimeSpan.FromSeconds(1));

    private static readonly RateRule OnePerSecondPerChat = new(RateScope.PrivateChat, 1, TimeSpan.FromSeconds(1));

    protected IScratchBackend Backend { get; private set; } = null!;

    protected abstract Task<IScratchBackend> OpenAsync();

    /// <summary>A ledger on this backend (on PostgreSQL a fresh instance each time; in memory the process's one).</summary>
    private protected abstract IRateLedger NewLedger();

    public async Task InitializeAsync() => Backend = await OpenAsync();

    public virtual async Task DisposeAsync() => await Backend.DisposeAsync();

    protected static (string Key, RateRule Rule)[] Channel(RateRule rule) => [("#0", rule)];

    private static (string Key, RateRule Rule)[] ChannelAndChat(string chat) =>
        [("#0", ThreePerSecond), ($"#1:rec:{chat}", OnePerSecondPerChat)];

    [Fact]
    public void APermitPerSend_UpToTheRule_ThenRefusedUntilTheOldestLeavesTheWindow()
    {
        var ledger = NewLedger();
        for (var i = 0; i < 3; i++)
        {
            var take = ledger.TryTake("rec", Channel(ThreePerSecond), T0.AddMilliseconds(100 * i));
            Assert.True(take.Taken);
            Assert.Equal(T0.AddMilliseconds(100 * i), take.NotBefore);
        }

        var refused = NewLedger().TryTake("rec", Channel(ThreePerSecond), T0.AddMilliseconds(300));
        Assert.False(refused.Taken);
        Assert.Equal(T0.AddSeconds(1), refused.NotBefore);
        Assert.Equal([("#0", T0.AddSeconds(1))], refused.Held);

        // Refusing took nothing: the next permit frees up as said, and the one after it 100 ms later.
        Assert.False(NewLedger().TryTake("rec", Channel(ThreePerSecond), T0.AddMilliseconds(999)).Taken);
        Assert.True(NewLedger().TryTake("rec", Channel(ThreePerSecond), T0.AddSeconds(1)).Taken);
        Assert.Equal(T0.AddMilliseconds(1100), NewLedger().TryTake("rec", Channel(ThreePerSecond), T0.AddSeconds(1)).NotBefore);
    }

    [Fact]
    public void ATakeRefusedByOneKey_TakesNoPermitOfTheOthers()
    {
        var ledger = NewLedger();
        Assert.True(ledger.TryTake("rec", ChannelAndChat("a"), T0).Taken);

        // Chat a is full, the channel is not: refused by the chat's key alone, and the channel keeps its permits.
        var again = ledger.TryTake("rec", ChannelAndChat("a"), T0);
        Assert.False(again.Taken);
        Assert.Equal([("#1:rec:a", T0.AddSeconds(1))], again.Held);

        Assert.True(ledger.TryTake("rec", ChannelAndChat("b"), T0).Taken);
        Assert.True(ledger.TryTake("rec", ChannelAndChat("c"), T0).Taken);

        // Now the channel-wide key is full for every chat, a fresh one included.
        var fresh = NewLedger().TryTake("rec", ChannelAndChat("d"), T0.AddMilliseconds(10));
        Assert.Equal([("#0", T0.AddSeconds(1))], fresh.Held);
        var both = NewLedger().TryTake("rec", ChannelAndChat("a"), T0.AddMilliseconds(20));
        Assert.Equal([("#0", T0.AddSeconds(1)), ("#1:rec:a", T0.AddSeconds(1))], both.Held.OrderBy(h => h.Key, StringComparer.Ordinal));

        Assert.True(NewLedger().TryTake("rec", ChannelAndChat("d"), T0.AddSeconds(1)).Taken);
    }

    [Fact]
    public void Extend_MovesThePermitToTheCompletion_AndWithItTheWindow()
    {
        var rule = new RateRule(RateScope.Channel, 1, TimeSpan.FromSeconds(1));
        var ledger = NewLedger();
        Assert.True(ledger.TryTake("rec", Channel(rule), T0).Taken);

        NewLedger().Extend("rec", Channel(rule), T0, T0.AddMilliseconds(400));

        Assert.Equal(T0.AddMilliseconds(1400), NewLedger().TryTake("rec", Channel(rule), T0.AddSeconds(1)).NotBefore);
        Assert.True(NewLedger().TryTake("rec", Channel(rule), T0.AddMilliseconds(1400)).Taken);
    }

    [Fact]
    public void Extend_MovesOnePermitOfThatTime_AndNeverBackwards()
    {
        var ledger = NewLedger();
        Assert.True(ledger.TryTake("rec", Channel(ThreePerSecond), T0).Taken);
        Assert.True(ledger.TryTake("rec", Channel(ThreePerSecond), T0).Taken);
        Assert.True(ledger.TryTake("rec", Channel(ThreePerSecond), T0.AddMilliseconds(100)).Taken);

        ledger.Extend("rec", Channel(ThreePerSecond), T0, T0.AddMilliseconds(500));
        ledger.Extend("rec", Channel(ThreePerSecond), T0.AddMilliseconds(100), T0.AddMilliseconds(50));
        ledger.Extend("rec", Channel(ThreePerSecond), T0.AddMilliseconds(700), T0.AddMilliseconds(900));

        // Left: T0, T0+100 ms, T0+500 ms. The oldest leaves at T0+1 s, the next at T0+1.1 s.
        Assert.Equal(T0.AddSeconds(1), NewLedger().TryTake("rec", Channel(ThreePerSecond), T0.AddMilliseconds(600)).NotBefore);
        Assert.True(NewLedger().TryTake("rec", Channel(ThreePerSecond), T0.AddSeconds(1)).Taken);
        Assert.Equal(T0.AddMilliseconds(1100), NewLedger().TryTake("rec", Channel(ThreePerSecond), T0.AddSeconds(1)).NotBefore);
    }

    [Fact]
    public void KeysAndChannels_AreCountedApart()
    {
        var rule = new RateRule(RateScope.Channel, 1, TimeSpan.FromSeconds(1));
        var ledger = NewLedger();
        Assert.True(ledger.TryTake("telegram", Channel(rule), T0).Taken);
        Assert.True(ledger.TryTake("wecom", Channel(rule), T0).Taken);
        Assert.True(ledger.TryTake("telegram", [("#1", rule)], T0).Taken);

        Assert.False(ledger.TryTake("telegram", Channel(rule), T0).Taken);
        Assert.False(ledger.TryTake("wecom", Channel(rule), T0).Taken);
        Assert.False(ledger.TryTake("telegram", [("#1", rule)], T0).Taken);
        Assert.True(ledger.TryTake("wecom", [("#1", rule)], T0).Taken);
    }

    [Fact]
    public void TakeEach_DecidesEachOnItsOwn_AsIfTakenInTurn()
    {
        var ledger = NewLedger();
        Assert.True(ledger.TryTake("rec", [("#1:rec:c", OnePerSecondPerChat)], T0).Taken);

        // Distinct chats (a batch's members): c is full, the others are taken, each all or none of its checks.
        var members = NewLedger().TryTakeEach("rec",
            [[("#1:rec:a", OnePerSecondPerChat)], [("#1:rec:c", OnePerSecondPerChat)], [], [("#1:rec:b", OnePerSecondPerChat), ("#2:rec:b", ThreePerSecond)]],
            T0.AddMilliseconds(100));
        Assert.Equal([true, false, true, true], members.Select(t => t.Taken));
        Assert.Equal([("#1:rec:c", T0.AddSeconds(1))], members[1].Held);

        // Takes sharing a key: the later ones see the earlier ones' permits.
        var shared = NewLedger().TryTakeEach("rec",
            [[("#0", ThreePerSecond), ("#1:rec:d", OnePerSecondPerChat)], [("#0", ThreePerSecond), ("#1:rec:d", OnePerSecondPerChat)],
             [("#0", ThreePerSecond), ("#1:rec:e", OnePerSecondPerChat)], [("#0", ThreePerSecond), ("#1:rec:f", OnePerSecondPerChat)],
             [("#0", ThreePerSecond), ("#1:rec:g", OnePerSecondPerChat)]],
            T0.AddMilliseconds(200));
        Assert.Equal([true, false, true, true, false], shared.Select(t => t.Taken));
        Assert.Equal([("#1:rec:d", T0.AddMilliseconds(1200))], shared[1].Held);
        Assert.Equal([("#0", T0.AddMilliseconds(1200))], shared[4].Held);
        Assert.False(NewLedger().TryTake("rec", [("#1:rec:a", OnePerSecondPerChat)], T0.AddMilliseconds(900)).Taken);
        Assert.True(NewLedger().TryTake("rec", [("#1:rec:g", OnePerSecondPerChat)], T0.AddMilliseconds(900)).Taken);
    }

    [Fact]
    public void NoChecks_AreAlwaysTaken()
    {
        Assert.True(NewLedger().TryTake("rec", [], T0).Taken);
        NewLedger().Extend("rec", [], T0, T0.AddSeconds(1));
    }
}

public sealed class LiteDbRateLedgerContract : RateLedgerContract
{
    private readonly InMemoryRateLedger _ledger = new();

    protected override Task<IScratchBackend> OpenAsync() => Task.FromResult<IScratchBackend>(new LiteDbScratch());

    private protected override IRateLedger NewLedger() => _ledger;
}

public sealed class PostgresRateLedgerContract : RateLedgerContract
{
    private OtherHosts? _hosts;

    private PostgresScratch Scratch => (PostgresScratch)Backend;

    private OtherHosts Hosts => _hosts ??= new OtherHosts(() => Scratch);

    protected override async Task<IScratchBackend> OpenAsync() => await PostgresScratch.CreateAsync();

    private protected override IRateLedger NewLedger() => new PostgresRateLedger(Scratch.Database);

    public override async Task DisposeAsync()
    {
        _hosts?.Dispose();
        await base.DisposeAsync();
    }

    /// <summary>
    /// Two hosts take permits of one key at the same moments, step by step through three seconds: together they get
    /// exactly the rule's permits per window, never one more, as the returned results and the table both say.
    /// </summary>
    [Fact]
    public async Task TwoHosts_TakingAtOnce_NeverExceedTheRuleInAnyWindow()
    {
        var rule = new RateRule(RateScope.Channel, 5, TimeSpan.FromSeconds(1));
        using var start = new Barrier(2);
        const int Steps = 30;

        List<DateTimeOffset> Take(PostgresDatabase host)
        {
            var ledger = new PostgresRateLedger(host);
            var taken = new List<DateTimeOffset>();
            for (var i = 0; i < Steps; i++)
            {
                var now = T0.AddMilliseconds(100 * i);
                start.SignalAndWait();
                if (ledger.TryTake("rec", Channel(rule), now).Taken)
                {
                    taken.Add(now);
                }
            }

            return taken;
        }

        var hostA = Hosts.Open();
        var hostB = Hosts.Open();
        var won = await Task.WhenAll(Task.Run(() => Take(hostA)), Task.Run(() => Take(hostB)));

        var all = won[0].Concat(won[1]).Order().ToList();
        // Each second of the three: two at its start, two 100 ms in, one more at 200 ms.
        Assert.Equal(15, all.Count);
        AssertNoWindowExceeds(all, rule);
        Assert.NotEmpty(won[0]);
        Assert.NotEmpty(won[1]);
        Assert.Equal(all, PermitTimes("#0"));
    }

    /// <summary>A take on a channel while another host's take holds the channel's lock waits for it, then sees its permit.</summary>
    [Fact]
    public async Task ATakeWaitingOnAnotherHostsOpenTake_SeesItsPermitOnceItCommits()
    {
        var rule = new RateRule(RateScope.Channel, 1, TimeSpan.FromSeconds(1));
        var mine = NewLedger();
        var theirs = new PostgresRateLedger(Hosts.Open());

        var (first, second) = await Contention.SecondWaitsForFirst(Scratch.Database,
            () => mine.TryTake("rec", Channel(rule), T0),
            () => theirs.TryTake("rec", Channel(rule), T0.AddMilliseconds(10)),
            _ => Hosts.AnyoneWaitsOnALock());

        Assert.True(first.Taken);
        Assert.Equal(T0.AddSeconds(1), second.NotBefore);
    }

    [Fact]
    public void PermitsOutliveARestart_AndExpiredOnesAreDeleted()
    {
        var rule = new RateRule(RateScope.Channel, 1, TimeSpan.FromSeconds(1));
        Assert.True(NewLedger().TryTake("rec", Channel(rule), T0).Taken);

        Backend.Reopen();

        Assert.Equal(T0.AddSeconds(1), NewLedger().TryTake("rec", Channel(rule), T0.AddMilliseconds(500)).NotBefore);
        var later = T0 + PostgresRateLedger.SweepInterval + TimeSpan.FromSeconds(1);
        Assert.True(NewLedger().TryTake("rec", Channel(rule), later).Taken);
        Assert.Equal([later], PermitTimes("#0"));
    }

    private static void AssertNoWindowExceeds(List<DateTimeOffset> sorted, RateRule rule)
    {
        for (var i = 0; i + rule.Permits < sorted.Count; i++)
        {
            Assert.True(sorted[i + rule.Permits] - sorted[i] >= rule.Window,
                $"{rule.Permits + 1} permits between {sorted[i]:O} and {sorted[i + rule.Permits]:O}");
        }
    }

    private List<DateTimeOffset> PermitTimes(string key) => Scratch.Database.InTransaction(() =>
    {
        using var command = Scratch.Database.Command("SELECT at FROM rate_permits WHERE channel = 'rec' AND key = @k ORDER BY at");
        command.Parameters.AddWithValue("k", key);
        using var reader = command.ExecuteReader();
        var times = new List<DateTimeOffset>();
        while (reader.Read())
        {
            times.Add(new DateTimeOffset(reader.GetFieldValue<DateTime>(0), TimeSpan.Zero));
        }

        return times;
    });
}
