using System.Globalization;
using System.Net;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Support.FakeWeCom;
using Xunit.Abstractions;

namespace Bot.Tests.Resilience;

/// <summary>
/// A workload on both platforms while the fakes misbehave: 10 % 5xx, 5 % timeouts, 429 bursts (the fake enforces
/// 1 message/s per chat, the bot is told 1,000), 45009 and a WeCom token expiry.
/// </summary>
public sealed class PlatformFaultTests(ITestOutputHelper output)
{
    private const int TelegramUsers = 40;
    private const int PerUser = 3;
    private const int WeComUsers = 30;

    [Fact]
    public async Task FaultsOnBothPlatforms_EverythingIsDelivered_NoSendBeforeRetryAfter_HostKeepsServing()
    {
        await using var telegram = await FakeTelegramServer.StartAsync(new FakeTelegramLimits { MessagesPerSecond = 30, PrivateChatPerSecond = 1, GroupChatPerMinute = 20 });
        await using var wecom = await FakeWeComApi.StartAsync();
        var random = new Random(5);
        var chats = Enumerable.Range(0, TelegramUsers).Select(i => 8000L + i).ToList();
        var sends = TelegramUsers * PerUser;
        for (var i = 0; i < sends / 10; i++)
        {
            telegram.InjectFault(new FakeFault("sendMessage", FakeFaultKind.ServerError, chats[random.Next(chats.Count)]));
        }

        for (var i = 0; i < sends / 20; i++)
        {
            telegram.InjectFault(new FakeFault("sendMessage", FakeFaultKind.Delay, chats[random.Next(chats.Count)], TimeSpan.FromSeconds(20)));
        }

        telegram.InjectFault(new FakeFault("getUpdates", FakeFaultKind.ServerError));
        telegram.InjectFault(new FakeFault("getUpdates", FakeFaultKind.Drop));
        wecom.Script("message/send", FakeWeComFault.Status(502), FakeWeComFault.Code(45009), FakeWeComFault.Code(-1),
            FakeWeComFault.Slow(TimeSpan.FromSeconds(20)), FakeWeComFault.Status(503));

        var settings = WeComSettings(wecom);
        foreach (var (k, v) in Bot.Tests.Telegram.TelegramBotRun.Settings(telegram))
        {
            settings[k] = v;
        }

        settings["Telegram:SendTimeout"] = "00:00:03";
        await using var host = await BotTestHost.StartAsync(settings);
        var people = host.Get<IPeopleStore>();
        host.Get<ICommunityStore>().EnsureCommunity("静园社区");
        foreach (var id in chats)
        {
            Register(people, $"{ChannelNames.Telegram}:{id}", p => p.TelegramUserId = id.ToString(CultureInfo.InvariantCulture));
        }

        var wecomUsers = Enumerable.Range(0, WeComUsers).Select(i => "fu" + i.ToString("00", CultureInfo.InvariantCulture)).ToList();
        foreach (var u in wecomUsers)
        {
            Register(people, $"{ChannelNames.WeCom}:{u}", p => p.WeComUserId = u);
        }

        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var callbacks = new FakeWeComCallbacks(http, "wecom/callback", "faultTok3n", BotProcessRig.AppAesKey, wecom.CorpId, json: false);

        // Each Telegram user sends three messages at once: their replies burst into the fake's 1/s per-chat limit.
        for (var round = 0; round < PerUser; round++)
        {
            foreach (var id in chats)
            {
                telegram.AddUpdate(FakeUpdates.Text(FakeUpdates.User(id, "u" + id), id, round == 1 ? "语言 简体" : "帮助"));
            }
        }

        for (var i = 0; i < WeComUsers; i++)
        {
            if (i == WeComUsers / 2)
            {
                // Expire the token the bot is using: only once it has fetched one and sent with it (else the first
                // fetch would come after the expiry, and there would be nothing to replace).
                await BotTestHost.WaitUntilAsync(() => wecom.RequestsTo("message/send").Count > 0, TimeSpan.FromSeconds(60), "a first WeCom send");
                wecom.ExpireTokens();
            }

            using var response = await callbacks.PostAsync(FakeWeComCallbacks.TextXml(wecom.CorpId, wecomUsers[i], "帮助", 5_000_000 + i, 1_772_000_000));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        var outbox = host.Get<LiteDbOutbox>();
        await BotTestHost.WaitUntilAsync(() => chats.All(c => telegram.SentTo(c).Count >= PerUser), TimeSpan.FromSeconds(90), "every Telegram update answered");
        await BotTestHost.WaitUntilAsync(() => wecomUsers.All(u => wecom.RequestsTo("message/send").Any(r => r.Str("touser") == u)),
            TimeSpan.FromSeconds(90), "every WeCom message answered");
        await BotTestHost.WaitUntilAsync(() => outbox.PendingCount() == 0, TimeSpan.FromSeconds(60), "outbox drained");

        var throttled = telegram.Exchanges.Count(e => e.Status == 429);
        output.WriteLine($"Telegram: {telegram.Sent.Count} delivered, {throttled} answered 429, {telegram.Exchanges.Count(e => e.Status >= 500)} 5xx, "
            + $"{telegram.Exchanges.Count(e => e.Status == 0)} dropped or timed out; WeCom: {wecom.GetTokenCalls} token fetches");
        Assert.True(throttled > 0, "the workload should have run into the per-chat limit");
        Assert.Empty(telegram.EarlyRetries);
        Assert.All(outbox.All(), o => Assert.Equal(OutboxStatus.Sent, o.Status));
        Assert.True(wecom.GetTokenCalls >= 2, "the expired token was replaced");
        using var health = await http.GetAsync(new Uri("health", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    private static Dictionary<string, string?> WeComSettings(FakeWeComApi wecom) => new()
    {
        ["WeCom:CorpId"] = wecom.CorpId,
        ["WeCom:AgentId"] = "1000002",
        ["WeCom:CorpSecret"] = wecom.CorpSecret,
        ["WeCom:Token"] = "faultTok3n",
        ["WeCom:EncodingAesKey"] = BotProcessRig.AppAesKey,
        ["WeCom:ApiBaseUrl"] = wecom.BaseAddress.AbsoluteUri,
        ["WeCom:RequestTimeout"] = "00:00:01",
        ["WeCom:ThrottleBackoff"] = "00:00:01",
    };

    private static void Register(IPeopleStore people, string identity, Action<Person> set)
    {
        var person = new Person { Name = identity, Role = Role.Resident, CommunityId = "静园社区" };
        person.IdentityKeys.Add(identity);
        set(person);
        people.Save(person);
    }
}
