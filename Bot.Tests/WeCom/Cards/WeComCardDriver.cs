using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeWeCom;

namespace Bot.Tests.WeCom.Cards;

/// <summary>
/// Drives the card host: people of a community of its own, a member writing to the app, and a member pressing a card's
/// button — each through the encrypted app callback, waiting until the message is handled and every reply sent.
/// </summary>
internal sealed class WeComCardDriver(WeComHostFixture f)
{
    private static long _createTime = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds();

    public string Community { get; } = Some.Name("卡片社区");

    public FakeWeComApi Fake => f.Fake;

    public Person Add(string userId, string name, Role role, bool partyMember = false)
    {
        var people = f.Host.Get<IPeopleStore>();
        f.Host.Get<ICommunityStore>().EnsureCommunity(Community);
        var person = new Person
        {
            Name = name, Role = role, CommunityId = Community, Phone = "13800002222", WeComUserId = userId, PartyMember = partyMember,
        };
        person.IdentityKeys.Add($"{ChannelNames.WeCom}:{userId}");
        people.Save(person);
        return person;
    }

    /// <summary>USER writes TEXT to the app; returns the API calls made until it is handled and its replies sent.</summary>
    public async Task<IReadOnlyList<FakeWeComRequest>> SayAsync(string user, string text)
    {
        var msgId = f.NextMsgId();
        var xml = FakeWeComCallbacks.TextXml(f.CorpId, user, text, msgId, Interlocked.Increment(ref _createTime));
        return await PostAndWaitAsync(xml, msgId.ToString(CultureInfo.InvariantCulture), $"'{text}' from {user}");
    }

    /// <summary>USER presses the button with KEY on CARD (WeCom's template_card_event, with a ResponseCode the fake issued).</summary>
    public async Task<IReadOnlyList<FakeWeComRequest>> PressAsync(string user, FakeWeComCard card, string key)
    {
        var created = Interlocked.Increment(ref _createTime);
        var code = f.Fake.IssueResponseCode(card.TaskId, user);
        var xml = FakeWeComCallbacks.CardEventXml(f.CorpId, user, card.TaskId, key, code, created);
        var id = FormattableString.Invariant($"ev:{user}:{created}:template_card_event:{card.TaskId}");
        return await PostAndWaitAsync(xml, id, $"{user} pressing {key}");
    }

    /// <summary>The one card among <paramref name="calls"/>, as the fake accepted it.</summary>
    public FakeWeComCard CardIn(IEnumerable<FakeWeComRequest> calls)
    {
        var sent = Assert.Single(calls, c => c.Path == "message/send" && c.Str("msgtype") == "template_card");
        var taskId = sent.Body.GetProperty("template_card").GetProperty("task_id").GetString();
        return Assert.Single(f.Fake.Cards, c => c.TaskId == taskId);
    }

    /// <summary>What <paramref name="user"/> was sent among <paramref name="calls"/>: texts, and cards' titles and sub-titles, joined.</summary>
    public static string TextsTo(IEnumerable<FakeWeComRequest> calls, string user) =>
        string.Join("\n", calls.Where(c => c.Path == "message/send" && c.Str("touser").Split('|').Contains(user)).Select(ShownText));

    private static string ShownText(FakeWeComRequest call)
    {
        if (!call.Body.TryGetProperty("template_card", out var card))
        {
            return call.Content;
        }

        var sub = card.TryGetProperty("sub_title_text", out var s) ? "\n" + s.GetString() : "";
        return card.GetProperty("main_title").GetProperty("title").GetString() + sub;
    }

    /// <summary>The update_template_card calls among <paramref name="calls"/>.</summary>
    public static IReadOnlyList<FakeWeComRequest> Updates(IEnumerable<FakeWeComRequest> calls) =>
        calls.Where(c => c.Path == "message/update_template_card").ToList();

    public static string ReplaceName(FakeWeComRequest update) => update.Body.GetProperty("button").GetProperty("replace_name").GetString()!;

    private async Task<IReadOnlyList<FakeWeComRequest>> PostAndWaitAsync(string xml, string platformId, string what)
    {
        var before = f.Fake.Requests.Count;
        using var response = await f.App.PostAsync(xml);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var outbox = f.Host.Get<LiteDbOutbox>();
        await BotTestHost.WaitUntilAsync(() => f.Inbox(platformId) is { Handled: true } && outbox.PendingCount(ChannelNames.WeCom) == 0,
            what: what + " handled and the replies sent");
        return f.Fake.Requests.Skip(before).ToList();
    }
}
