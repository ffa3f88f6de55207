using Bot.Core.Messaging;
using Bot.Core.Storage;
using Bot.Host.Channels.WeCom;
using Bot.Core.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Tests.WeCom.Cards;

/// <summary>The hourly history prune deletes template card records past their validity and a margin, and keeps the rest.</summary>
public sealed class WeComCardPruneTests
{
    [Fact]
    public async Task HistoryPrune_DeletesCardsPastValidityAndMargin_KeepsCardsStillPressable()
    {
        await using var rig = await WeComSenderRig.StartAsync(o => o.CardValidity = TimeSpan.FromHours(24));
        var sentAt = rig.Time.GetUtcNow().UtcDateTime;
        rig.Cards.Save(new WeComCardRecord { Id = "old", Chat = "zhangsan", SentAtUtc = sentAt });
        rig.Time.Advance(TimeSpan.FromHours(30));
        rig.Cards.Save(new WeComCardRecord { Id = "recent", Chat = "zhangsan", SentAtUtc = rig.Time.GetUtcNow().UtcDateTime });
        var job = Job(rig);

        // 30 h later: past the 24 h validity, but not past the margin: "old" still answers a late press as expired.
        await job.Execute(null!, CancellationToken.None);
        Assert.NotNull(rig.Cards.Find("old"));

        rig.Time.Advance(TimeSpan.FromHours(24) + WeComCardPruner.Margin - TimeSpan.FromHours(30) + TimeSpan.FromMinutes(1));
        await job.Execute(null!, CancellationToken.None);

        Assert.Null(rig.Cards.Find("old"));
        Assert.NotNull(rig.Cards.Find("recent"));
        Assert.Equal(1, rig.Database.Collection<WeComCardRecord>("wecom_cards").Count());
    }

    [Fact]
    public void TheWeComChannel_RegistersTheCardPruner_WithTheHistoryPrune()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["WeCom:CorpId"] = "ww1" }).Build();

        var services = new ServiceCollection().AddWeComChannel(config);

        Assert.Contains(services, d => d.ServiceType == typeof(IHistoryPruneContributor) && d.ImplementationType == typeof(WeComCardPruner));
    }

    private static HistoryPruneJob Job(WeComSenderRig rig) =>
        new(new HistoryPruner(new LiteDbInbox(rig.Database), new LiteDbOutbox(rig.Database, rig.Time, []), rig.Time, Options.Create(new StorageOptions()), NullLogger<HistoryPruner>.Instance),
            [new WeComCardPruner(rig.Cards, Options.Create(rig.Options), rig.Time, NullLogger<WeComCardPruner>.Instance)]);
}
