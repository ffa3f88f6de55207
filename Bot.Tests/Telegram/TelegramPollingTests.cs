using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;

namespace Bot.Tests.Telegram;

/// <summary>The real host polls the loopback fake Bot API with the real Telegram.Bot client.</summary>
public sealed class TelegramPollingTests
{
    private static readonly System.Text.Json.Nodes.JsonObject Li = FakeUpdates.User(1001, "李姨", "li_yi", "zh-hans");
    private static readonly System.Text.Json.Nodes.JsonObject Guo = FakeUpdates.User(1002, "Guo", "guo_yang", "en");

    [Fact]
    public async Task ChineseKeyword_InPrivate_IsAnsweredInThatChat()
    {
        await using var run = await TelegramBotRun.StartAsync();

        var id = run.Fake.AddUpdate(FakeUpdates.Text(Li, 1001, "帮助"));

        var reply = (await run.SentToAsync(1001)).Single();
        Assert.Contains("（/help）", reply.Text, StringComparison.Ordinal);
        await run.QuietAsync(id);
        Assert.Single(run.Fake.SentTo(1001));
    }

    [Fact]
    public async Task GroupCommand_ForThisBot_IsAnswered_ForAnotherBot_IsNotEvenRecorded()
    {
        await using var run = await TelegramBotRun.StartAsync();

        run.Fake.AddUpdate(FakeUpdates.Text(Guo, -4001, "/help@OtherBot"));
        var last = run.Fake.AddUpdate(FakeUpdates.Text(Guo, -4001, "/help@DutyTestBot"));

        var reply = (await run.SentToAsync(-4001)).Single();
        Assert.Contains("(/help)", reply.Text, StringComparison.Ordinal);
        await run.QuietAsync(last);
        Assert.Single(run.Fake.SentTo(-4001));
        Assert.Equal(1, run.Inbox.Count);
    }

    [Fact]
    public async Task CommandMenu_IsRegistered_InChineseByDefault_AndInEnglish()
    {
        await using var run = await TelegramBotRun.StartAsync();

        await BotTestHost.WaitUntilAsync(() => run.Fake.Commands("en") is not null, what: "setMyCommands for en");

        var zh = run.Fake.Commands()!.Select(c => (c!["command"]!.GetValue<string>(), c["description"]!.GetValue<string>())).ToList();
        var en = run.Fake.Commands("en")!.Select(c => (c!["command"]!.GetValue<string>(), c["description"]!.GetValue<string>())).ToList();
        Assert.Contains(("help", CoreTexts.HelpDescription.ZhHans), zh);
        Assert.Contains(("help", CoreTexts.HelpDescription.En), en);
        Assert.DoesNotContain(zh, c => c.Item1 == "probe");
        Assert.All(zh, c => Assert.Matches("^[a-z0-9_]{1,32}$", c.Item1));
    }

    [Fact]
    public async Task ButtonPress_RoundTrip_RunsTheButtonsCommand_AndAnswersTheQuery()
    {
        await using var run = await TelegramBotRun.StartAsync();

        run.Fake.AddUpdate(FakeUpdates.Text(Li, 1001, "/probe"));
        var withButton = (await run.SentToAsync(1001)).Single();
        var press = FakeUpdates.Callback(Li, 1001, withButton.MessageId, withButton.ButtonData.Single());
        var queryId = press["callback_query"]!["id"]!.GetValue<string>();
        run.Fake.AddUpdate(press);

        var answer = (await run.SentToAsync(1001, 2))[1];
        Assert.Equal("pressed by 1001 in 1001", answer.Text);
        await BotTestHost.WaitUntilAsync(() => run.Fake.AnsweredCallbacks.Contains(queryId), what: "answerCallbackQuery");
    }

    [Fact]
    public async Task ForumTopic_ReplyGoesToTheSameTopic()
    {
        await using var run = await TelegramBotRun.StartAsync();

        run.Fake.AddUpdate(FakeUpdates.Text(Guo, -1002001, "/probe echo in topic", topic: 77));

        var reply = (await run.SentToAsync(-1002001)).Single();
        Assert.Equal("echo in topic", reply.Text);
        Assert.Equal(77, reply.ThreadId);
    }

    [Fact]
    public async Task GroupMigratedToSupergroup_MovesTheBinding()
    {
        await using var run = await TelegramBotRun.StartAsync();
        var people = run.Host.Get<IPeopleStore>();
        run.Host.Get<ICommunityStore>().EnsureCommunity("静园社区");
        run.Host.Get<ICommunityStore>().BindGroup(new GroupBinding { Channel = ChannelNames.Telegram, ChatId = "-4001", CommunityId = "静园社区", Purpose = GroupPurpose.Cadres });

        run.Fake.AddUpdate(FakeUpdates.Migrated(Guo, -4001, -1004001));

        await BotTestHost.WaitUntilAsync(() => run.Host.Get<ICommunityStore>().FindGroup(ChannelNames.Telegram, "-1004001") is not null, what: "binding moved");
        Assert.Null(run.Host.Get<ICommunityStore>().FindGroup(ChannelNames.Telegram, "-4001"));
    }

    [Fact]
    public async Task LongReply_ArrivesSplit_InOrder()
    {
        await using var run = await TelegramBotRun.StartAsync();

        run.Fake.AddUpdate(FakeUpdates.Text(Li, 1001, "/probe long"));

        var expected = TextSplitter.Split(ProbeHandler.LongText, 4096);
        var parts = await run.SentToAsync(1001, expected.Count);
        Assert.True(expected.Count >= 3);
        Assert.Equal(expected, parts.Select(p => p.Text));
        Assert.All(parts, p => Assert.True(p.Text.Length <= 4096));
        Assert.Equal(ProbeHandler.LongText.Replace("\n", "", StringComparison.Ordinal),
            string.Concat(parts.Select(p => p.Text)).Replace("\n", "", StringComparison.Ordinal));
    }

    [Fact]
    public async Task EveryCallTheHostMakes_ConformsToTheBotApiSpec()
    {
        await using var run = await TelegramBotRun.StartAsync();
        run.Fake.AddUpdate(FakeUpdates.Text(Li, 1001, "/probe"));
        var withButton = (await run.SentToAsync(1001)).Single();
        var last = run.Fake.AddUpdate(FakeUpdates.Callback(Li, 1001, withButton.MessageId, withButton.ButtonData.Single()));
        await run.SentToAsync(1001, 2);
        await run.QuietAsync(last);

        var exchanges = run.Fake.Exchanges.Where(e => e.Status != 0).ToList();
        Assert.Superset(new HashSet<string> { "getMe", "setMyCommands", "deleteWebhook", "getUpdates", "sendMessage", "answerCallbackQuery" },
            exchanges.Select(e => e.Method).ToHashSet());
        foreach (var e in exchanges)
        {
            Assert.Empty(BotApiSpec.Instance.CheckRequest(e.Method, e.Parameters, e.FormEncoded));
            Assert.Empty(BotApiSpec.Instance.CheckResponse(e.Method, e.Response));
        }
    }
}
