using System.Globalization;
using Bot.Core;
using Bot.Core.Messaging;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Telegram;

public sealed class TelegramStorageFailureTests
{
    [Fact]
    public async Task UpdateThatCouldNotBeStored_IsNotConfirmed_AndIsHandledOnceWhenFetchedAgain()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        FlakyInbox? flaky = null;
        await using var host = await BotTestHost.StartAsync(TelegramBotRun.Settings(fake), configure: services =>
        {
            services.AddCommand<ProbeHandler>();
            services.AddSingleton<IInbox>(sp => flaky = new FlakyInbox(sp.GetRequiredService<Inbox>(), failures: 2));
        });

        var id = fake.AddUpdate(FakeUpdates.Text(FakeUpdates.User(1001, "李姨"), 1001, "/probe echo kept"));

        await BotTestHost.WaitUntilAsync(() => fake.SentTo(1001).Count == 1, what: "reply");
        await BotTestHost.WaitUntilAsync(() => fake.ConfirmedOffset > id, what: "confirmed");
        Assert.Equal("echo kept", fake.SentTo(1001).Single().Text);
        var key = id.ToString(CultureInfo.InvariantCulture);
        Assert.Equal([key, key, key], flaky!.Offered);
        Assert.Equal(1, host.Get<LiteDbInbox>().Count);
    }
}
