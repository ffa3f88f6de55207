using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Core.Texts;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Support.FakeWeCom;
using Bot.Tests.WeCom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Resilience;

/// <summary>
/// After a scenario on both platforms, with every log category at Trace: no log line holds a credential or a full
/// phone number, and no message sent to a group holds an unmasked phone number or a resident's address: residents
/// buy through the purchase conversation (address typed as building-unit-room) and say it in the group too, the
/// secretary takes the requests from the cadres' group.
/// </summary>
public sealed class PrivacySweepTests
{
    private const string WebhookSecret = "privacy-webhook-secret-123";
    private const string AppToken = "privTok3n";
    private const string RobotKey = "robot-key-0f9e8d7c";
    private const long Group = -1_001_234_500_000;
    private const long CadreGroup = -1_001_234_500_001;

    [Fact]
    public async Task AfterAScenario_LogsHoldNoSecretOrPhone_AndGroupMessagesNoUnmaskedPhoneOrAddress()
    {
        await using var telegram = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        await using var wecom = await FakeWeComApi.StartAsync(corpSecret: "corp-secret-5e6f7a8b9c");
        var logs = new ListLoggerProvider();
        var settings = Bot.Tests.Telegram.TelegramBotRun.Settings(telegram);
        settings["Telegram:Mode"] = "Webhook";
        settings["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/webhook";
        settings["Telegram:WebhookSecret"] = WebhookSecret;
        settings["WeCom:CorpId"] = wecom.CorpId;
        settings["WeCom:AgentId"] = "1000002";
        settings["WeCom:CorpSecret"] = wecom.CorpSecret;
        settings["WeCom:Token"] = AppToken;
        settings["WeCom:EncodingAesKey"] = BotProcessRig.AppAesKey;
        settings["WeCom:ApiBaseUrl"] = wecom.BaseAddress.AbsoluteUri;
        settings["WeCom:Robots:jingyuan"] = RobotKey;
        settings["WeCom:Groups:0:Community"] = "静园社区";
        settings["WeCom:Groups:0:Purpose"] = "Residents";
        settings["WeCom:Groups:0:Robot"] = "jingyuan";
        settings["Logging:LogLevel:Default"] = "Trace";
        settings["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace";
        await using var host = await BotTestHost.StartAsync(settings, configure: s =>
        {
            s.AddSingleton<ILoggerProvider>(logs);
            s.Configure<LoggerFilterOptions>(o => o.MinLevel = LogLevel.Trace);
        });
        var people = host.Get<IPeopleStore>();
        host.Get<ICommunityStore>().EnsureCommunity("静园社区");
        var phones = new List<string>();
        var secretary = Add(people, Role.Secretary, "张书记", 3001, "zhangsan", phones);
        var residents = Enumerable.Range(0, 5).Select(i => Add(people, Role.Resident, "居民" + i, 3100 + i, "res" + i, phones)).ToList();

        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var webhook = new Uri(host.BaseAddress, "telegram/webhook");
        async Task Say(Person p, long chat, string text) =>
            await telegram.PostToWebhookAsync(FakeUpdates.Text(FakeUpdates.User(long.Parse(p.TelegramUserId!, CultureInfo.InvariantCulture), p.Name), chat, text), http, webhook);
        // Updates go through only once the bot has registered its webhook (and so its secret) with the fake.
        await BotTestHost.WaitUntilAsync(() => telegram.WebhookSecret is not null, what: "webhook registered");
        await Say(secretary, Group, "绑定本群 居民");
        await Say(secretary, CadreGroup, "绑定本群 干部");
        var addresses = residents.Select((_, i) => $"{i + 3}-2-{i + 1}01").ToList();
        foreach (var (r, i) in residents.Select((r, i) => (r, i)))
        {
            var chat = long.Parse(r.TelegramUserId!, CultureInfo.InvariantCulture);
            foreach (var step in new[] { "代购 布洛芬1盒", "药", addresses[i], "是", "尽快", "提交" })
            {
                await Say(r, chat, step);
            }
        }

        var purchases = host.Get<PurchaseStore>();
        await BotTestHost.WaitUntilAsync(() => residents.All(r => purchases.OfResident(r.Id).Count == 1), what: "every purchase submitted");
        foreach (var r in residents)
        {
            await Say(secretary, CadreGroup, $"接单 {purchases.OfResident(r.Id).Single().Id}");
        }

        await BotTestHost.WaitUntilAsync(() => residents.All(r => purchases.OfResident(r.Id).Single().Status == PurchaseStatus.Claimed), what: "every purchase claimed");
        foreach (var (r, i) in residents.Select((r, i) => (r, i)))
        {
            await Say(r, Group, $"我住{addresses[i]}，谁能帮我买点菜");
            await Say(r, Group, "帮助");
            await Say(r, Group, $"我的电话是{r.Phone}，请联系我");
            await Say(r, long.Parse(r.TelegramUserId!, CultureInfo.InvariantCulture), $"帮助 {r.Phone}");
            await Say(r, long.Parse(r.TelegramUserId!, CultureInfo.InvariantCulture), "语言 " + (i % 2 == 0 ? "繁体" : "English"));
        }

        await Say(secretary, Group, $"邀请 干部 {residents[0].Phone}");
        var callbacks = new FakeWeComCallbacks(http, "wecom/callback", AppToken, BotProcessRig.AppAesKey, wecom.CorpId, json: false);
        foreach (var (r, i) in residents.Select((r, i) => (r, i)))
        {
            using var response = await callbacks.PostAsync(FakeWeComCallbacks.TextXml(wecom.CorpId, r.WeComUserId!, $"帮助 {r.Phone}", 4_400_000 + i, 1_772_000_000));
        }

        wecom.ExpireTokens();
        using (await callbacks.PostAsync(FakeWeComCallbacks.TextXml(wecom.CorpId, "zhangsan", "帮助", 4_500_000, 1_772_000_000)))
        {
        }

        await BotTestHost.WaitUntilAsync(() => residents.All(r => wecom.RequestsTo("message/send").Any(m => m.Str("touser") == r.WeComUserId))
            && wecom.RequestsTo("message/send").Any(m => m.Str("touser") == "zhangsan")
            && telegram.SentTo(Group).Count > 0 && host.Get<LiteDbOutbox>().PendingCount() == 0, what: "scenario answered");

        var groupTexts = telegram.Sent.Where(m => m.ChatId < 0).Select(m => m.Text)
            .Concat(wecom.Requests.Where(r => r.Path is "webhook/send" or "appchat/send").Select(r => r.Content)).ToList();
        Assert.NotEmpty(groupTexts);
        Assert.All(groupTexts, t => Assert.False(PhoneNumbers.ContainsUnmasked(t), "unmasked phone in a group message: " + t));
        Assert.Equal(residents.Count, telegram.SentTo(CadreGroup).Count(m => m.Text.Contains("布洛芬", StringComparison.Ordinal)));
        var addressForms = addresses.SelectMany(a => Enum.GetValues<Language>().Select(l => HouseholdAddress.TryParse(a)!.Full(l)).Append(a)).ToList();
        Assert.All(groupTexts, t => Assert.DoesNotContain(addressForms, a => t.Contains(a, StringComparison.Ordinal)));

        var lines = logs.Lines.ToList();
        Assert.NotEmpty(lines);
        var secrets = new[] { telegram.Token, telegram.Token.Split(':')[1], wecom.CorpSecret, AppToken, BotProcessRig.AppAesKey, WebhookSecret, RobotKey };
        foreach (var line in lines)
        {
            Assert.DoesNotContain(secrets, s => line.Contains(s, StringComparison.Ordinal));
            Assert.DoesNotContain(phones, p => line.Contains(p, StringComparison.Ordinal));
            Assert.DoesNotContain(addressForms, a => line.Contains(a, StringComparison.Ordinal));
        }
    }

    private static Person Add(IPeopleStore people, Role role, string name, long telegramId, string wecomId, List<string> phones)
    {
        var phone = "1391234" + telegramId.ToString("0000", CultureInfo.InvariantCulture);
        phones.Add(phone);
        var person = new Person
        {
            Name = name,
            Role = role,
            CommunityId = "静园社区",
            Phone = phone,
            TelegramUserId = telegramId.ToString(CultureInfo.InvariantCulture),
            WeComUserId = wecomId,
        };
        person.IdentityKeys.Add($"{ChannelNames.Telegram}:{telegramId}");
        person.IdentityKeys.Add($"{ChannelNames.WeCom}:{wecomId}");
        people.Save(person);
        return person;
    }
}
