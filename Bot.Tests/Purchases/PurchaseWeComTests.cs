using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeWeCom;
using Bot.Tests.WeCom;

namespace Bot.Tests.Purchases;

/// <summary>
/// The purchase conversation through the real host's encrypted WeCom app callback and the loopback WeCom API: no inline
/// buttons there, so each choice arrives as a line telling what to reply, and the resident answers by typing it.
/// </summary>
public sealed partial class PurchaseWeComTests(WeComHostFixture f) : IClassFixture<WeComHostFixture>
{
    private const string Community = "静园社区";
    private const string RobotKey = "robot-key-1";

    [Fact]
    public async Task Purchase_OverWeComApp_AnsweredByTypingTheRenderedChoices_ReachesTheRobotGroupWithoutAddress()
    {
        var resident = Some.Name("wx");
        var cadre = Some.Name("wxcadre");
        AddCadre(cadre);

        // A resident the bot has never seen: picks the community by replying with the line's text, and the request
        // that was interrupted goes on by itself (no need to send 代购 again).
        var pick = (await SayAsync(resident, "代购")).Single();
        var community = ReplyFor(pick, Community);
        Assert.Equal("/community " + Community, community);
        Assert.Contains("要买的东西", (await SayAsync(resident, community))[^1]);
        var category = (await SayAsync(resident, "鸡蛋 10个\n西红柿 2斤")).Single();
        Assert.Contains("蔬菜", category);
        Assert.Contains("▸ ", category, StringComparison.Ordinal);
        Assert.Contains("例如", (await SayAsync(resident, "随便")).Single());

        Assert.Contains("3-2-301", (await SayAsync(resident, ReplyFor(category, "蔬菜"))).Single());
        var phone = (await SayAsync(resident, "3号楼2单元301")).Single();
        Assert.Contains("例如", (await SayAsync(resident, "12345")).Single());
        Assert.Equal("跳过", ReplyFor(phone, "跳过"));
        var window = (await SayAsync(resident, "13912345678")).Single();
        var summary = (await SayAsync(resident, ReplyFor(window, "尽快"))).Single();
        Assert.Contains("3号楼2单元301", summary);
        Assert.Contains("139****5678", summary);

        var robotPostsBefore = RobotPosts().Count;
        var submitted = (await SayAsync(resident, ReplyFor(summary, "提交"))).Single();

        var person = f.Host.Get<IPeopleStore>().FindByIdentity(ChannelNames.WeCom, resident)!;
        var request = Assert.Single(f.Host.Get<PurchaseStore>().OfResident(person.Id));
        Assert.Contains($"#{request.Id}", submitted);
        Assert.Equal(PurchaseCategory.Vegetables, request.Category);
        Assert.Equal("13912345678", request.Phone);
        await BotTestHost.WaitUntilAsync(() => RobotPosts().Count > robotPostsBefore, what: "the request posted through the group robot");
        var post = RobotPosts()[robotPostsBefore];
        Assert.Contains($"#{request.Id} · 蔬菜 · 3号楼", post, StringComparison.Ordinal);
        Assert.Contains($"请在应用里给我发送「/claim {request.Id}」", post, StringComparison.Ordinal);

        // A cadre claims by typing the command from the group message in the app chat: the details come to them alone.
        var details = (await SayAsync(cadre, $"接单 {request.Id}")).Single();
        Assert.Contains("3号楼2单元301", details);
        Assert.Contains("13912345678", details);
        await BotTestHost.WaitUntilAsync(() => SentTo(resident).Any(m => m.Contains("接单", StringComparison.Ordinal)), what: "resident told");
        Assert.Equal(PurchaseStatus.Claimed, f.Host.Get<PurchaseStore>().Get(request.Id)!.Status);

        var groupTexts = f.Fake.RequestsTo("webhook/send").Concat(f.Fake.RequestsTo("appchat/send")).Select(r => r.Content).ToList();
        Assert.NotEmpty(groupTexts);
        Assert.All(groupTexts, t =>
        {
            Assert.DoesNotContain("301", t, StringComparison.Ordinal);
            Assert.DoesNotContain("2单元", t, StringComparison.Ordinal);
            Assert.DoesNotContain("5678", t, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Purchase_StartedByMentionInAWeComGroup_ContinuesInTheAppChat()
    {
        var resident = Some.Name("wx");
        AddPerson(resident, "王姨", Role.Resident);
        f.Host.Get<ICommunityStore>().BindGroup(new GroupBinding
        {
            Channel = ChannelNames.WeCom, ChatId = "aibot:wrkJingyuan", CommunityId = Community, Purpose = GroupPurpose.Residents,
        });
        var code = Some.Id();
        var msgId = Some.Id();
        var mention = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["msgid"] = msgId,
            ["aibotid"] = "AIBOTID",
            ["chatid"] = "wrkJingyuan",
            ["chattype"] = "group",
            ["from"] = new Dictionary<string, string> { ["userid"] = resident },
            ["response_url"] = f.Fake.ResponseUrl(code),
            ["msgtype"] = "text",
            ["text"] = new Dictionary<string, string> { ["content"] = "@值班助手 代购" },
        });

        using var response = await f.Bot.PostAsync(mention);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await BotTestHost.WaitUntilAsync(() => f.Inbox("aibot:" + msgId) is { Handled: true } && SentTo(resident).Count > 0
            && f.Fake.RequestsTo("aibot/response").Any(r => r.Query["response_code"] == code), what: "group note and private question");
        var inGroup = f.Fake.RequestsTo("aibot/response").Single(r => r.Query["response_code"] == code).Content;
        Assert.Contains("私聊", inGroup, StringComparison.Ordinal);
        Assert.DoesNotContain("要买的东西", inGroup, StringComparison.Ordinal);
        Assert.Contains("要买的东西", SentTo(resident).Single(), StringComparison.Ordinal);

        var category = (await SayAsync(resident, "布洛芬 1盒")).Single();
        Assert.Contains("药品", category, StringComparison.Ordinal);
        Assert.Contains("回复「药」", category, StringComparison.Ordinal);
    }

    private void AddCadre(string userId) => AddPerson(userId, "刘丰睿", Role.Cadre);

    private void AddPerson(string userId, string name, Role role)
    {
        var people = f.Host.Get<IPeopleStore>();
        f.Host.Get<ICommunityStore>().EnsureCommunity(Community);
        var person = new Person { Name = name, Role = role, CommunityId = Community, Phone = "13800002222", WeComUserId = userId };
        person.IdentityKeys.Add($"{ChannelNames.WeCom}:{userId}");
        people.Save(person);
    }

    private IReadOnlyList<string> RobotPosts() =>
        f.Fake.RequestsTo("webhook/send").Where(r => r.Query.TryGetValue("key", out var k) && k == RobotKey).Select(r => r.Content).ToList();

    private IReadOnlyList<string> SentTo(string user) => f.SentTo(user).Select(r => r.Content).ToList();

    /// <summary>USER writes TEXT to the app; returns what the app sent back to them once it is handled and sent.</summary>
    private async Task<IReadOnlyList<string>> SayAsync(string user, string text)
    {
        var before = f.SentTo(user).Count;
        var msgId = f.NextMsgId();
        var created = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();
        using var response = await f.App.PostAsync(FakeWeComCallbacks.TextXml(f.CorpId, user, text, msgId, created));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var outbox = f.Host.Get<LiteDbOutbox>();
        await BotTestHost.WaitUntilAsync(
            () => f.Inbox(msgId.ToString(CultureInfo.InvariantCulture)) is { Handled: true } && outbox.PendingCount(ChannelNames.WeCom) == 0,
            what: $"'{text}' from {user} handled and the replies sent");
        return SentTo(user).Skip(before).ToList();
    }

    /// <summary>The text to reply for the choice labelled LABEL, as the message's rendered lines say (「…」).</summary>
    private static string ReplyFor(string message, string label)
    {
        var line = message.Split('\n').Single(l => l.StartsWith("▸ ", StringComparison.Ordinal) && l.Contains(label, StringComparison.Ordinal));
        return ReplyText().Match(line).Groups[1].Value;
    }

    [GeneratedRegex("「(.+)」")]
    private static partial Regex ReplyText();
}
