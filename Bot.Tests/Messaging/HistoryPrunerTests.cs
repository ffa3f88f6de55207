using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Tests.Support;

namespace Bot.Tests.Messaging;

/// <summary>Old inbox and outbox records go; anything still to do, and anything recent, stays.</summary>
public sealed class HistoryPrunerTests : IDisposable
{
    private readonly BotHarness _bot = new();

    [Fact]
    public void PastTheirKeepingTime_HandledAndSentRecordsGo_RecentAndPendingOnesStay()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        _bot.Say("郭洋", "帮助");                                      // day 0: handled, reply sent
        var outbox = _bot.Get<LiteDbOutbox>();
        MarkAllSent(outbox);
        outbox.Enqueue(OutgoingMessage.Simple(ChatAddress.PrivateTo("console", "郭洋"), "still pending from day 0"));
        _bot.Time.Advance(TimeSpan.FromDays(10));
        _bot.Say("郭洋", "帮助");                                      // day 10: handled, reply sent
        foreach (var r in outbox.All().Where(r => r.Status == OutboxStatus.Pending && r.Text.StartsWith("可用", StringComparison.Ordinal)))
        {
            outbox.MarkSent(r);
        }

        _bot.Time.Advance(TimeSpan.FromDays(25));                     // day 35

        var (inbox, sent) = _bot.Get<HistoryPruner>().Run();

        // Inbox keeps 7 days: both handled messages are older (35 and 25 days). Outbox keeps 30 days: only day 0's reply goes.
        Assert.Equal(2, inbox);
        Assert.Equal(1, sent);
        Assert.Equal(0, _bot.Get<LiteDbInbox>().Count);
        var left = outbox.All();
        Assert.Contains(left, r => r.Text == "still pending from day 0" && r.Status == OutboxStatus.Pending);
        Assert.Equal(2, left.Count);
    }

    [Fact]
    public void NothingOld_NothingGoes_AndAnUnhandledMessageIsNeverDeleted()
    {
        _bot.AddPerson("郭洋", Role.Cadre);
        _bot.Get<IInbox>().TryAccept(_bot.Message("郭洋", "帮助"));    // recorded, not handled yet

        Assert.Equal((0, 0), _bot.Get<HistoryPruner>().Run());
        _bot.Time.Advance(TimeSpan.FromDays(60));
        Assert.Equal((0, 0), _bot.Get<HistoryPruner>().Run());
        Assert.Single(_bot.Get<LiteDbInbox>().Pending(10));
    }

    [Fact]
    public void ManyOldRecords_GoInChunks_AndTheWalkStopsAtTheFirstRecentOne()
    {
        var inbox = _bot.Get<IInbox>();
        var processor = _bot.Get<InboxProcessor>();
        _bot.AddPerson("郭洋", Role.Cadre);
        for (var i = 0; i < HistoryPruner.Chunk * 2 + 17; i++)
        {
            inbox.TryAccept(_bot.Message("郭洋", "语言"));
        }

        processor.ProcessPending();
        _bot.Time.Advance(TimeSpan.FromDays(8));
        _bot.Say("郭洋", "帮助");

        var (deleted, _) = _bot.Get<HistoryPruner>().Run();

        Assert.Equal(HistoryPruner.Chunk * 2 + 17, deleted);
        Assert.Equal(1, _bot.Get<LiteDbInbox>().Count);
    }

    [Theory]
    [InlineData("Storage:KeepInboxFor", "1.00:00:00")]
    [InlineData("Storage:KeepOutboxFor", "12:00:00")]
    public void KeepingTimesTooShort_AreNamedAtStart(string key, string value)
    {
        var ex = Assert.ThrowsAny<Exception>(() => new BotHarness(settings: new Dictionary<string, string?> { [key] = value }).Get<Microsoft.Extensions.Options.IOptions<StorageOptions>>().Value);
        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
    }

    private static void MarkAllSent(LiteDbOutbox outbox)
    {
        foreach (var r in outbox.All().Where(r => r.Status == OutboxStatus.Pending))
        {
            outbox.MarkSent(r);
        }
    }

    public void Dispose() => _bot.Dispose();
}
