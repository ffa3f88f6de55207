using System.Text;
using System.Text.Json.Nodes;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Core.Storage;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;
using Bot.Tests.Telegram;

namespace Bot.Tests.Purchases;

/// <summary>The people, chats and moves of the Telegram purchase tests: a resident, two cadres, the cadre and resident groups.</summary>
internal static class TelegramPurchaseWorld
{
    public const string Community = "静园社区";
    public const long ResidentId = 1001;
    public const long CadreId = 2001;
    public const long OtherCadreId = 2002;
    public const long CadreGroup = -1003001;
    public const long ResidentGroup = -1003002;
    public const string Phone = "13912345678";

    public static readonly JsonObject Li = FakeUpdates.User(ResidentId, "李姨", "li_yi", "zh-hans");
    public static readonly JsonObject Liu = FakeUpdates.User(CadreId, "丰睿", "liu_fr", "zh-hans");
    public static readonly JsonObject Guo = FakeUpdates.User(OtherCadreId, "洋", "guo_y", "zh-hans");

    public static void Seed(BotTestHost host)
    {
        var people = host.Get<IPeopleStore>();
        var communities = host.Get<ICommunityStore>();
        communities.EnsureCommunity(Community);
        Add(people, "李姨", Role.Resident, ResidentId, Phone);
        Add(people, "刘丰睿", Role.Cadre, CadreId, "13800002222");
        communities.BindGroup(new GroupBinding { Channel = ChannelNames.Telegram, ChatId = $"{CadreGroup}", CommunityId = Community, Purpose = GroupPurpose.Cadres });
        communities.BindGroup(new GroupBinding { Channel = ChannelNames.Telegram, ChatId = $"{ResidentGroup}", CommunityId = Community, Purpose = GroupPurpose.Residents });
    }

    /// <summary>A cadre known from the roster only by @username, typed with capitals (Telegram usernames ignore case).</summary>
    public static void ImportRoster(BotTestHost host)
    {
        var importer = new PeopleImporter(host.Get<IPeopleStore>(), host.Get<ICommunityStore>(), host.Get<BotDatabase>(), TimeProvider.System);
        var report = importer.Import(new StringReader($"community,name,role,phone,party_member,telegram,wecom\n{Community},郭洋,cadre,13800003333,否,@Guo_Y,\n"));
        Assert.Equal(1, report.Added);
    }

    private static void Add(IPeopleStore people, string name, Role role, long telegramId, string phone)
    {
        var id = telegramId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var person = new Person { Name = name, Role = role, CommunityId = Community, Phone = phone, TelegramUserId = id };
        person.IdentityKeys.Add($"{ChannelNames.Telegram}:{id}");
        people.Save(person);
    }

    public static Person Resident(TelegramBotRun run) => run.Host.Get<IPeopleStore>().FindByIdentity(ChannelNames.Telegram, $"{ResidentId}")!;

    public static string? StepOf(TelegramBotRun run) =>
        run.Host.Get<ConversationStore>().Get(ConversationState.KeyOf(ChatAddress.PrivateTo(ChannelNames.Telegram, $"{ResidentId}"), $"{ResidentId}"))?.Step;

    /// <summary>The resident asks for medicine by typing every answer; returns the request's post in the cadre group.</summary>
    public static async Task<FakeSentMessage> SubmitByTypingAsync(TelegramBotRun run)
    {
        foreach (var answer in new[] { "买药", "布洛芬1盒", "是", "3-2-301", "跳过", "尽快", "提交" })
        {
            await SayAsync(run, Li, ResidentId, answer);
        }

        return (await run.SentToAsync(CadreGroup, what: "the request in the cadre group")).Single();
    }

    /// <summary>FROM writes TEXT in CHAT; returns what the bot sent to that chat once everything is handled and sent.</summary>
    public static Task<IReadOnlyList<FakeSentMessage>> SayAsync(TelegramBotRun run, JsonObject from, long chat, string text) =>
        ExchangeAsync(run, FakeUpdates.Text(from, chat, text), chat);

    /// <summary>FROM presses the button carrying DATA under MESSAGE (which must offer it).</summary>
    public static Task<IReadOnlyList<FakeSentMessage>> PressAsync(TelegramBotRun run, JsonObject from, long chat, FakeSentMessage message, string data)
    {
        Assert.Contains(data, message.ButtonData);
        return ExchangeAsync(run, FakeUpdates.Callback(from, chat, message.MessageId, data), chat);
    }

    public static async Task<IReadOnlyList<FakeSentMessage>> ExchangeAsync(TelegramBotRun run, JsonObject update, long chat)
    {
        var before = run.Fake.SentTo(chat).Count;
        var id = run.Fake.AddUpdate(update);
        await run.QuietAsync(id);
        return run.Fake.SentTo(chat).Skip(before).ToList();
    }

    public static void AssertGroupsNeverSawThePrivateParts(FakeTelegramServer fake)
    {
        var groupTexts = fake.Sent.Where(m => m.ChatId < 0).Select(m => m.Text).ToList();
        Assert.NotEmpty(groupTexts);
        Assert.All(groupTexts, t =>
        {
            Assert.DoesNotContain("301", t, StringComparison.Ordinal);
            Assert.DoesNotContain("2单元", t, StringComparison.Ordinal);
            Assert.DoesNotContain("5678", t, StringComparison.Ordinal);
        });
    }

    /// <summary>Every call the host made (sendMessage with inline keyboards, answerCallbackQuery, …) is valid Bot API.</summary>
    public static void AssertEveryCallConformsToTheBotApi(FakeTelegramServer fake)
    {
        var exchanges = fake.Exchanges.Where(e => e.Status != 0).ToList();
        Assert.Contains(exchanges, e => e.Method == "answerCallbackQuery");
        Assert.All(exchanges, e =>
        {
            Assert.Empty(BotApiSpec.Instance.CheckRequest(e.Method, e.Parameters, e.FormEncoded));
            Assert.Empty(BotApiSpec.Instance.CheckResponse(e.Method, e.Response));
        });
    }

    public static void AssertEveryButtonFitsTelegram(FakeTelegramServer fake) =>
        Assert.All(fake.Sent.SelectMany(m => m.ButtonData), d => Assert.InRange(Encoding.UTF8.GetByteCount(d), 1, 64));
}
