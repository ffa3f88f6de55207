using System.Text.Json;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Tests.WeCom.Cards;

/// <summary>
/// The intelligent bot in a group: passive replies in the callback's response (stream, template card), presses of its
/// cards (template_card_event as JSON) answered with the card's update, and presses that must change nothing.
/// </summary>
public sealed class WeComBotCardTests(WeComCardHostFixture f) : IClassFixture<WeComCardHostFixture>
{
    [Fact]
    public async Task MentionWithATextAnswer_IsAnsweredPassivelyAsAFinishedStream_NotThroughTheResponseUrl()
    {
        var (d, chat) = Group();
        var cadre = Some.Name("wxcadre");
        d.Add(cadre, "刘丰睿", Role.Cadre);
        var code = Some.Id();

        var reply = await MentionAsync(chat, cadre, "@值班助手 帮助", code);

        Assert.Equal("stream", reply!.Value.GetProperty("msgtype").GetString());
        Assert.True(reply.Value.GetProperty("stream").GetProperty("finish").GetBoolean());
        Assert.Contains("签到", reply.Value.GetProperty("stream").GetProperty("content").GetString(), StringComparison.Ordinal);
        await BotTestHost.WaitUntilAsync(() => f.Host.Get<LiteDbOutbox>().PendingCount(ChannelNames.WeCom) == 0, what: "outbox marks it sent");
        Assert.DoesNotContain(f.Fake.RequestsTo("aibot/response"), r => r.Query["response_code"] == code);
    }

    [Fact]
    public async Task ClaimCardInTheGroup_FirstPressClaims_CardShowsWhoTookIt_OthersAreToldAndChangeNothing()
    {
        var (d, chat) = Group();
        var (guo, liu, resident) = (Some.Name("wxcadre"), Some.Name("wxcadre"), Some.Name("wxres"));
        d.Add(guo, "郭洋", Role.Cadre);
        d.Add(liu, "刘丰睿", Role.Cadre);
        var residentPerson = d.Add(resident, "王姨", Role.Resident);
        var request = AddRequest(d, residentPerson);

        var listed = await MentionAsync(chat, liu, "@值班助手 代购列表", Some.Id());
        Assert.Equal("template_card", listed!.Value.GetProperty("msgtype").GetString());
        var card = FakeWeComApi.Parse(listed.Value.GetProperty("template_card"), chat);
        Assert.Equal(($"接单 #{request.Id}", $"/claim {request.Id}"), Assert.Single(card.Buttons));

        // A resident may not claim: refused by role, and the card stays open.
        var denied = await PressAsync(chat, resident, card, $"/claim {request.Id}", Some.Id());
        Assert.Null(denied);
        Assert.Equal(PurchaseStatus.New, Store.Get(request.Id)!.Status);

        var update = await PressAsync(chat, guo, card, $"/claim {request.Id}", Some.Id());

        Assert.Equal(PurchaseStatus.Claimed, Store.Get(request.Id)!.Status);
        Assert.Equal("update_template_card", update!.Value.GetProperty("response_type").GetString());
        var shown = FakeWeComApi.Parse(update.Value.GetProperty("template_card"), chat);
        Assert.Equal(card.TaskId, shown.TaskId);
        Assert.Equal($"已由 郭洋 接单 #{request.Id}", Assert.Single(shown.Buttons).Text);

        var lateCode = Some.Id();
        var late = await PressAsync(chat, liu, card, $"/claim {request.Id}", lateCode);
        Assert.Null(late);
        var answer = await AnswerThroughAsync(lateCode);
        Assert.Equal($"这张卡片已经按过（接单 #{request.Id}），不能再按，没有做任何操作。", answer);
        Assert.Equal(guo, f.Host.Get<IPeopleStore>().Get(Store.Get(request.Id)!.ClaimerId!)!.WeComUserId);
    }

    private PurchaseStore Store => f.Host.Get<PurchaseStore>();

    private (WeComCardDriver Driver, string Chat) Group()
    {
        var d = new WeComCardDriver(f);
        var chat = "wrk" + Some.Id()[..12];
        f.Host.Get<ICommunityStore>().EnsureCommunity(d.Community);
        f.Host.Get<ICommunityStore>().BindGroup(new GroupBinding
        {
            Channel = ChannelNames.WeCom, ChatId = "aibot:" + chat, CommunityId = d.Community, Purpose = GroupPurpose.Cadres,
        });
        return (d, chat);
    }

    private PurchaseRequest AddRequest(WeComCardDriver d, Person resident) => Store.Add(new PurchaseRequest
    {
        CommunityId = d.Community, ResidentId = resident.Id, ResidentName = resident.Name, Items = "布洛芬 1盒",
        Category = PurchaseCategory.Medicine, Address = new HouseholdAddress { Building = "3", Unit = "2", Room = "301" },
        HouseholdKey = "3-2-301", TimeWindow = "尽快", CreatedAtUtc = TimeProvider.System.GetUtcNow().UtcDateTime,
        PooledAtUtc = TimeProvider.System.GetUtcNow().UtcDateTime,
    });

    private async Task<JsonElement?> MentionAsync(string chat, string user, string text, string code)
    {
        var msgId = Some.Id();
        var json = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["msgid"] = msgId, ["aibotid"] = "AIBOTID", ["chatid"] = chat, ["chattype"] = "group",
            ["from"] = new Dictionary<string, string> { ["userid"] = user }, ["response_url"] = f.Fake.ResponseUrl(code),
            ["msgtype"] = "text", ["text"] = new Dictionary<string, string> { ["content"] = text },
        });
        return await PostAsync(json, msgId);
    }

    private Task<JsonElement?> PressAsync(string chat, string user, FakeWeComCard card, string key, string code)
    {
        var msgId = Some.Id();
        return PostAsync(FakeWeComCallbacks.BotCardEventJson(msgId, chat, user, card.TaskId, key, f.Fake.ResponseUrl(code)), msgId);
    }

    private async Task<JsonElement?> PostAsync(string json, string msgId)
    {
        using var response = await f.Bot.PostAsync(json);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var reply = await f.Bot.PassiveReplyAsync(response);
        await BotTestHost.WaitUntilAsync(() => f.Inbox("aibot:" + msgId) is { Handled: true }, what: "the callback handled");
        return reply;
    }

    /// <summary>What the bot answered through the response_url with <paramref name="code"/>.</summary>
    private async Task<string> AnswerThroughAsync(string code)
    {
        await BotTestHost.WaitUntilAsync(() => f.Fake.RequestsTo("aibot/response").Any(r => r.Query["response_code"] == code), what: "answer via response_url");
        return f.Fake.RequestsTo("aibot/response").Single(r => r.Query["response_code"] == code).Content;
    }
}
