using System.Text.Json.Nodes;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;

namespace Bot.Tests.Telegram;

/// <summary>
/// Command menus by role through the real Telegram.Bot client: private chats default to a resident's menu, group
/// chats list everything, and a person of another role (or language) gets a menu of their own after writing.
/// </summary>
public sealed class TelegramCommandMenuTests
{
    private const long ResidentId = 5001;
    private const long CadreId = 5002;
    private const long SecretaryId = 5003;
    private static readonly JsonObject Resident = FakeUpdates.User(ResidentId, "李姨", "li_yi", "zh-hans");
    private static readonly JsonObject Cadre = FakeUpdates.User(CadreId, "丰睿", "liu_fr", "zh-hans");
    private static readonly JsonObject Secretary = FakeUpdates.User(SecretaryId, "王书记", "wang_sj", "zh-hans");

    [Fact]
    public async Task AtStart_PrivateChatsGetTheResidentMenu_GroupsGetEveryCommand_InChineseAndEnglish()
    {
        await using var run = await TelegramBotRun.StartAsync();

        await BotTestHost.WaitUntilAsync(() => run.Fake.CommandsFor("all_group_chats", "en") is not null, what: "the four start-up menus");

        var privateZh = Names(run.Fake.Commands());
        Assert.Contains("help", privateZh);
        Assert.Contains("buy", privateZh);
        Assert.DoesNotContain("signin", privateZh);
        Assert.DoesNotContain("bulletin", privateZh);
        Assert.Equal(privateZh, Names(run.Fake.Commands("en")));
        var groups = Names(run.Fake.CommandsFor("all_group_chats"));
        Assert.Contains("signin", groups);
        Assert.Contains("bulletin", groups);
        Assert.Superset(privateZh.ToHashSet(), groups.ToHashSet());
        Assert.Equal(CoreTexts.HelpDescription.En, Description(run.Fake.CommandsFor("all_group_chats", "en"), "help"));
    }

    [Fact]
    public async Task Cadre_AndSecretary_GetTheirRolesMenu_AfterWriting_OnlyOnce()
    {
        await using var run = await TelegramBotRun.StartAsync();
        Seed(run);

        run.Fake.AddUpdate(FakeUpdates.Text(Cadre, CadreId, "帮助"));
        run.Fake.AddUpdate(FakeUpdates.Text(Secretary, SecretaryId, "帮助"));
        await BotTestHost.WaitUntilAsync(() => run.Fake.CommandsFor($"chat:{CadreId}") is not null && run.Fake.CommandsFor($"chat:{SecretaryId}") is not null,
            what: "the cadre's and the secretary's own menus");

        var cadre = Names(run.Fake.CommandsFor($"chat:{CadreId}"));
        Assert.Contains("signin", cadre);
        Assert.Contains("handover", cadre);
        Assert.Contains("help", cadre);
        Assert.DoesNotContain("bulletin", cadre);
        Assert.DoesNotContain("join", cadre);
        var secretary = Names(run.Fake.CommandsFor($"chat:{SecretaryId}"));
        Assert.Contains("bulletin", secretary);
        Assert.Contains("roster", secretary);

        // More messages change nothing: the menu is not given again.
        var last = run.Fake.AddUpdate(FakeUpdates.Text(Cadre, CadreId, "/help"));
        await run.SentToAsync(CadreId, 2);
        await run.QuietAsync(last);
        await Task.Delay(TelegramMenuSyncTiming.SettleAndMargin);
        Assert.Single(run.Fake.CommandCalls, c => c.Scope == $"chat:{CadreId}");
    }

    [Fact]
    public async Task ARoleChangedWithoutAMessage_UpdatesTheMenu_WhenThePersonIsSaved()
    {
        await using var run = await TelegramBotRun.StartAsync();
        Seed(run);
        run.Fake.AddUpdate(FakeUpdates.Text(Cadre, CadreId, "帮助"));
        await BotTestHost.WaitUntilAsync(() => run.Fake.CommandsFor($"chat:{CadreId}") is not null, what: "the cadre's menu");
        Assert.DoesNotContain("bulletin", Names(run.Fake.CommandsFor($"chat:{CadreId}")));

        // A secretary's import makes the cadre a secretary; the cadre writes nothing.
        var people = run.Host.Get<IPeopleStore>();
        var person = people.FindByIdentity(ChannelNames.Telegram, $"{CadreId}")!;
        person.Role = Role.Secretary;
        people.Save(person);

        await BotTestHost.WaitUntilAsync(() => run.Fake.CommandsFor($"chat:{CadreId}") is { } menu && Names(menu).Contains("bulletin"),
            what: "the secretary's menu without a new message");
        Assert.Equal(2, run.Fake.CommandCalls.Count(c => c.Scope == $"chat:{CadreId}"));
    }

    [Fact]
    public async Task Resident_HasNoMenuOfTheirOwn_UntilChoosingAnotherLanguage_AndLosesItWhenChoosingBack()
    {
        await using var run = await TelegramBotRun.StartAsync();
        Seed(run);

        var first = run.Fake.AddUpdate(FakeUpdates.Text(Resident, ResidentId, "帮助"));
        await run.SentToAsync(ResidentId);
        await run.QuietAsync(first);
        await Task.Delay(TelegramMenuSyncTiming.SettleAndMargin);
        Assert.DoesNotContain(run.Fake.CommandCalls, c => c.Scope == $"chat:{ResidentId}");

        run.Fake.AddUpdate(FakeUpdates.Text(Resident, ResidentId, "语言 English"));
        await BotTestHost.WaitUntilAsync(() => run.Fake.CommandsFor($"chat:{ResidentId}") is not null, what: "the resident's English menu");
        var english = run.Fake.CommandsFor($"chat:{ResidentId}");
        Assert.Equal(CoreTexts.HelpDescription.En, Description(english, "help"));
        Assert.Equal(Names(run.Fake.Commands()), Names(english));

        run.Fake.AddUpdate(FakeUpdates.Text(Resident, ResidentId, "/language zh-hans"));
        await BotTestHost.WaitUntilAsync(() => run.Fake.CommandCalls.Any(c => c.Scope == $"chat:{ResidentId}" && c.Call == "delete"),
            what: "the resident's own menu deleted");
        Assert.Null(run.Fake.CommandsFor($"chat:{ResidentId}"));
        foreach (var e in run.Fake.Exchanges.Where(e => e.Method is "setMyCommands" or "deleteMyCommands"))
        {
            Assert.Empty(BotApiSpec.Instance.CheckRequest(e.Method, e.Parameters, e.FormEncoded));
            Assert.Empty(BotApiSpec.Instance.CheckResponse(e.Method, e.Response));
        }
    }

    [Fact]
    public async Task AfterARestart_AMenuGivenBefore_IsNotGivenAgain()
    {
        await using var fake = await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        var dataFile = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"), "bot.db");
        await using (var run = await TelegramBotRun.StartAsync(fake, dataFile: dataFile))
        {
            Seed(run);
            run.Fake.AddUpdate(FakeUpdates.Text(Cadre, CadreId, "帮助"));
            await BotTestHost.WaitUntilAsync(() => run.Fake.CommandsFor($"chat:{CadreId}") is not null, what: "the cadre's menu");
        }

        await using (var again = await TelegramBotRun.StartAsync(fake, dataFile: dataFile))
        {
            var last = again.Fake.AddUpdate(FakeUpdates.Text(Cadre, CadreId, "/help"));
            await again.SentToAsync(CadreId, 2);
            await again.QuietAsync(last);
            await Task.Delay(TelegramMenuSyncTiming.SettleAndMargin);
        }

        Assert.Single(fake.CommandCalls, c => c.Scope == $"chat:{CadreId}");
    }

    [Fact]
    public async Task AFailedMenuCall_DoesNotHoldUpTheReply_AndIsTriedAgainAtTheNextMessage()
    {
        await using var run = await TelegramBotRun.StartAsync();
        Seed(run);
        run.Fake.AddUpdate(FakeUpdates.Text(Cadre, CadreId, "帮助"));
        await BotTestHost.WaitUntilAsync(() => run.Fake.CommandsFor($"chat:{CadreId}") is not null, what: "the cadre's menu");

        // The cadre becomes a secretary, and Telegram refuses the menu call that follows.
        run.Fake.InjectFault(new FakeFault("setMyCommands", FakeFaultKind.ServerError));
        var people = run.Host.Get<IPeopleStore>();
        var person = people.FindByIdentity(ChannelNames.Telegram, $"{CadreId}")!;
        person.Role = Role.Secretary;
        people.Save(person);
        await BotTestHost.WaitUntilAsync(() => run.Fake.Exchanges.Any(c => c.Method == "setMyCommands" && c.Status >= 500), what: "the refused menu call");
        Assert.DoesNotContain("bulletin", Names(run.Fake.CommandsFor($"chat:{CadreId}")));

        // Messages are answered all the same, and the next one brings the menu up to date.
        var last = run.Fake.AddUpdate(FakeUpdates.Text(Cadre, CadreId, "/help"));
        await run.SentToAsync(CadreId, 2);
        await BotTestHost.WaitUntilAsync(() => Names(run.Fake.CommandsFor($"chat:{CadreId}")).Contains("bulletin"),
            what: "the secretary's menu given at the next message");
        await run.QuietAsync(last);
    }

    private static void Seed(TelegramBotRun run)
    {
        var people = run.Host.Get<IPeopleStore>();
        run.Host.Get<ICommunityStore>().EnsureCommunity("南市街");
        Add(people, "李姨", Role.Resident, ResidentId);
        Add(people, "刘丰睿", Role.Cadre, CadreId);
        Add(people, "王书记", Role.Secretary, SecretaryId);
    }

    private static void Add(IPeopleStore people, string name, Role role, long telegramId)
    {
        var id = telegramId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var person = new Person { Name = name, Role = role, CommunityId = "南市街", TelegramUserId = id };
        person.IdentityKeys.Add($"{ChannelNames.Telegram}:{id}");
        people.Save(person);
    }

    private static List<string> Names(JsonArray? commands) =>
        (commands ?? throw new InvalidOperationException("no menu set")).Select(c => c!["command"]!.GetValue<string>()).ToList();

    private static string? Description(JsonArray? commands, string name) =>
        commands?.FirstOrDefault(c => c!["command"]!.GetValue<string>() == name)?["description"]?.GetValue<string>();
}

/// <summary>How long to wait before concluding that no menu call is coming.</summary>
internal static class TelegramMenuSyncTiming
{
    public static readonly TimeSpan SettleAndMargin = Bot.Host.Channels.Telegram.TelegramMenuSync.Settle + TimeSpan.FromSeconds(1.5);
}
