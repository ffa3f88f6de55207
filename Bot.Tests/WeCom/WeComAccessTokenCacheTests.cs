using Bot.Host.Channels.WeCom;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Tests.WeCom;

public sealed class WeComAccessTokenCacheTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
    private int _fetches;

    [Fact]
    public async Task ConcurrentCallers_ShareOneFetch()
    {
        var cache = new WeComAccessTokenCache(_time);
        var gate = new TaskCompletionSource();

        var callers = Enumerable.Range(0, 50).Select(_ => cache.GetAsync("ww1", "s", async ct =>
        {
            Interlocked.Increment(ref _fetches);
            await gate.Task;
            return ("T1", TimeSpan.FromHours(2));
        }, CancellationToken.None)).ToList();
        gate.SetResult();
        var tokens = await Task.WhenAll(callers);

        Assert.Equal(1, _fetches);
        Assert.All(tokens, t => Assert.Equal("T1", t));
    }

    [Fact]
    public async Task Token_IsRenewedShortlyBeforeExpiresIn()
    {
        var cache = new WeComAccessTokenCache(_time);

        await Get(cache);
        _time.Advance(TimeSpan.FromHours(2) - WeComAccessTokenCache.Margin - TimeSpan.FromSeconds(1));
        await Get(cache);
        Assert.Equal(1, _fetches);

        _time.Advance(TimeSpan.FromSeconds(2));
        await Get(cache);
        Assert.Equal(2, _fetches);
    }

    [Fact]
    public async Task Invalidate_DropsOnlyTheStaleToken()
    {
        var cache = new WeComAccessTokenCache(_time);
        var first = await Get(cache);
        cache.Invalidate("ww1", "s", first);
        var second = await Get(cache);

        cache.Invalidate("ww1", "s", first);
        var third = await Get(cache);

        Assert.NotEqual(first, second);
        Assert.Equal(second, third);
        Assert.Equal(2, _fetches);
    }

    [Fact]
    public async Task DifferentSecrets_HaveTheirOwnTokens()
    {
        var cache = new WeComAccessTokenCache(_time);

        var a = await Get(cache, "s1");
        var b = await Get(cache, "s2");

        Assert.NotEqual(a, b);
    }

    private Task<string> Get(WeComAccessTokenCache cache, string secret = "s") =>
        cache.GetAsync("ww1", secret, _ =>
        {
            var n = Interlocked.Increment(ref _fetches);
            return Task.FromResult(($"T{n}", TimeSpan.FromHours(2)));
        }, CancellationToken.None);
}
