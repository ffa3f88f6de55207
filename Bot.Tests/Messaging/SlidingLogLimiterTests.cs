using Bot.Core.Messaging;

namespace Bot.Tests.Messaging;

public sealed class SlidingLogLimiterTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 29, 8, 0, 0, TimeSpan.Zero);

    private static (string, RateRule)[] Rule(int permits) => [("#0", new RateRule(RateScope.Channel, permits, TimeSpan.FromSeconds(1)))];

    [Fact]
    public void FullWindow_HoldsTheNextSend_UntilTheOldestPermitLeavesIt()
    {
        var limiter = new SlidingLogLimiter();
        var rule = Rule(3);
        for (var i = 0; i < 3; i++)
        {
            limiter.Record(rule, T0.AddMilliseconds(100 * i));
        }

        Assert.Equal(T0.AddSeconds(1), limiter.EarliestAllowed(rule, T0.AddMilliseconds(300)));
        Assert.Equal(T0.AddMilliseconds(1001), limiter.EarliestAllowed(rule, T0.AddMilliseconds(1001)));
    }

    [Fact]
    public void LooseRule_WithThousandsOfSends_StaysExact()
    {
        // Permits far above the traffic most of the time (the benchmark's "limits off"), then one burst that fills it.
        var limiter = new SlidingLogLimiter();
        var rule = Rule(1000);
        var at = T0;
        for (var i = 0; i < 20_000; i++)
        {
            at = T0.AddMilliseconds(i * 2);
            Assert.Equal(at, limiter.EarliestAllowed(rule, at));
            limiter.Record(rule, at);
        }

        var burst = at.AddMilliseconds(1);
        for (var i = 0; i < 500; i++)
        {
            limiter.Record(rule, burst);
        }

        // 500 sends of the last second before the burst (every 2 ms) + 500 in it: full until the oldest of those leaves.
        Assert.Equal(at.AddMilliseconds(-998).AddSeconds(1), limiter.EarliestAllowed(rule, burst));
    }

    [Fact]
    public void Extend_MovesThePermitToTheCompletion()
    {
        var limiter = new SlidingLogLimiter();
        var rule = Rule(1);
        limiter.Record(rule, T0);
        limiter.Extend(rule, T0, T0.AddMilliseconds(400));

        Assert.Equal(T0.AddMilliseconds(1400), limiter.EarliestAllowed(rule, T0.AddMilliseconds(500)));
    }
}
