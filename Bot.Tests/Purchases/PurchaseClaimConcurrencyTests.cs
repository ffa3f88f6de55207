using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Core.Storage;

namespace Bot.Tests.Purchases;

public sealed class PurchaseClaimConcurrencyTests : IDisposable
{
    private const int Cadres = 16;
    private readonly PurchaseBot _bot = new();

    [Fact]
    public void ManyCadresClaimingAtOnce_ExactlyOneWins()
    {
        var request = _bot.Submit();
        var cadres = Enumerable.Range(1, Cadres).Select(i => _bot.Harness.AddPerson($"志愿者{i}", Role.Cadre)).ToList();
        var service = _bot.Harness.Get<PurchaseService>();
        var db = _bot.Harness.Get<BotDatabase>();
        var results = new PurchaseResult[Cadres];
        using var start = new Barrier(Cadres);

        // One thread per cadre, released together: each press is handled like a message, in its own transaction.
        var threads = cadres.Select((c, i) => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = db.InTransaction(() => service.Claim(request.Id, c));
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        var winner = Assert.Single(results, r => r.Done);
        Assert.All(results.Where(r => !r.Done), r => Assert.Equal(PurchaseOutcome.WrongState, r.Outcome));
        var stored = _bot.Store.Get(request.Id)!;
        Assert.Equal(PurchaseStatus.Claimed, stored.Status);
        Assert.Equal(winner.Request!.ClaimerId, stored.ClaimerId);
        Assert.Single(_bot.GroupTexts(), t => t.Contains($"#{request.Id} 已由", StringComparison.Ordinal));
    }

    [Fact]
    public void StaleCopy_IsNotSaved_OverAClaimMadeMeanwhile()
    {
        var request = _bot.Submit();
        var store = _bot.Store;
        var first = store.Get(request.Id)!;
        var second = store.Get(request.Id)!;
        first.Claim(_bot.Person(PurchaseBot.Cadre), DateTime.UnixEpoch);
        second.Claim(_bot.Person(PurchaseBot.OtherCadre), DateTime.UnixEpoch);

        Assert.True(store.TryReplace(first, request.Version));
        Assert.False(store.TryReplace(second, request.Version));
        Assert.Equal(_bot.Person(PurchaseBot.Cadre).Id, store.Get(request.Id)!.ClaimerId);
        Assert.Equal(request.Version + 1, store.Get(request.Id)!.Version);
    }

    [Fact]
    public async Task ConcurrentClaimsOnDifferentRequests_AllSucceed()
    {
        var requests = new List<PurchaseRequest>();
        for (var i = 0; i < 4; i++)
        {
            _bot.Harness.AddPerson($"居民{i}", Role.Resident);
            requests.Add(_bot.Submit($"居民{i}", "鸡蛋10个", $"{i + 1}-1-101"));
        }

        var service = _bot.Harness.Get<PurchaseService>();
        var db = _bot.Harness.Get<BotDatabase>();
        var cadre = _bot.Person(PurchaseBot.Cadre);

        var results = await Task.WhenAll(requests.Select(r => Task.Run(() => db.InTransaction(() => service.Claim(r.Id, cadre)))));

        Assert.All(results, r => Assert.True(r.Done));
        Assert.All(requests, r => Assert.Equal(cadre.Id, _bot.Store.Get(r.Id)!.ClaimerId));
    }

    public void Dispose() => _bot.Dispose();
}
