using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Host.Channels.WeCom;
using Bot.Tests.Support;

namespace Bot.Tests.WeCom.Cards;

/// <summary>
/// The notice preview and the acknowledgement as WeCom template cards, pressed through the encrypted app callback
/// (template_card_event), and the presses that must change nothing: twice, on an expired card, on an unknown card, by
/// someone the card was not sent to.
/// </summary>
public sealed class WeComNoticeCardTests(WeComCardHostFixture f) : IClassFixture<WeComCardHostFixture>
{
    [Fact]
    public async Task NoticePreview_IsACard_ConfirmPublishes_AndThePreviewCardShowsThePress()
    {
        var (d, secretary, cadre) = World();

        var preview = d.CardIn(await d.SayAsync(secretary, "知情 第3期党员知情\n1. 市委最新防控要求"));
        var notice = f.Host.Get<INoticeStore>().Get(f.Host.Get<INoticePreviewStore>().Latest(Person(secretary).Id)!.NoticeId)!;
        Assert.Contains(preview.Buttons, b => b.Text == "确认发送" && b.Key == $"/notice_send {notice.Id}");
        Assert.Equal(5, preview.Buttons.Count);

        var calls = await d.PressAsync(secretary, preview, $"/notice_send {notice.Id}");

        Assert.Equal(NoticeStatus.Sent, f.Host.Get<INoticeStore>().Get(notice.Id)!.Status);
        var update = Assert.Single(WeComCardDriver.Updates(calls));
        Assert.Equal("已按：确认发送", WeComCardDriver.ReplaceName(update));
        Assert.Equal(secretary, update.Body.GetProperty("userids")[0].GetString());
        var copy = d.CardIn(calls.Where(c => c.Str("touser").Split('|').Contains(cadre)));
        Assert.Equal(("已阅", $"/ack {notice.Id}"), Assert.Single(copy.Buttons));
        Assert.Contains("第3期党员知情", copy.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AckCard_PressedOnce_Records_PressedTwice_AnswersAndChangesNothing()
    {
        var (d, secretary, cadre) = World();
        var (notice, ackCard) = await PublishAsync(d, secretary, cadre);

        var first = await d.PressAsync(cadre, ackCard, $"/ack {notice.Id}");
        var ackedAt = f.Host.Get<INoticeStore>().Recipient(notice.Id, Person(cadre).Id)!.AckedAtUtc;
        Assert.NotNull(ackedAt);
        Assert.Contains("已记录", WeComCardDriver.TextsTo(first, cadre), StringComparison.Ordinal);
        Assert.Equal("已按：已阅", WeComCardDriver.ReplaceName(Assert.Single(WeComCardDriver.Updates(first))));

        var second = await d.PressAsync(cadre, ackCard, $"/ack {notice.Id}");

        Assert.Equal("这张卡片已经按过（已阅），不能再按，没有做任何操作。", WeComCardDriver.TextsTo(second, cadre));
        Assert.Empty(WeComCardDriver.Updates(second));
        Assert.Equal(ackedAt, f.Host.Get<INoticeStore>().Recipient(notice.Id, Person(cadre).Id)!.AckedAtUtc);
    }

    [Fact]
    public async Task ExpiredCard_AnswersWithTheCommandToType_AndPublishesNothing()
    {
        var (d, secretary, _) = World();
        var preview = d.CardIn(await d.SayAsync(secretary, "知情 第4期\n内容"));
        var notice = f.Host.Get<INoticeStore>().Get(f.Host.Get<INoticePreviewStore>().Latest(Person(secretary).Id)!.NoticeId)!;
        var cards = f.Host.Get<IWeComCardStore>();
        var record = cards.Find(preview.TaskId)!;
        record.SentAtUtc = record.SentAtUtc.AddHours(-73);
        cards.Save(record);

        var calls = await d.PressAsync(secretary, preview, $"/notice_send {notice.Id}");

        Assert.Equal($"这张卡片已过期，没有做任何操作。如仍需要，请直接发送「/notice_send {notice.Id}」。", WeComCardDriver.TextsTo(calls, secretary));
        Assert.Empty(WeComCardDriver.Updates(calls));
        Assert.Equal(NoticeStatus.Draft, f.Host.Get<INoticeStore>().Get(notice.Id)!.Status);
    }

    [Fact]
    public async Task UnknownCard_AnswersAndPublishesNothing()
    {
        var (d, secretary, _) = World();
        d.CardIn(await d.SayAsync(secretary, "知情 第5期\n内容"));
        var notice = f.Host.Get<INoticeStore>().Get(f.Host.Get<INoticePreviewStore>().Latest(Person(secretary).Id)!.NoticeId)!;
        var stranger = new Support.FakeWeCom.FakeWeComCard("c0_not_ours", secretary, "", "", []);

        var calls = await d.PressAsync(secretary, stranger, $"/notice_send {notice.Id}");

        Assert.Contains("这个按钮已失效", WeComCardDriver.TextsTo(calls, secretary), StringComparison.Ordinal);
        Assert.Empty(WeComCardDriver.Updates(calls));
        Assert.Equal(NoticeStatus.Draft, f.Host.Get<INoticeStore>().Get(notice.Id)!.Status);
    }

    [Fact]
    public async Task CardPressedBySomeoneItWasNotSentTo_IsRefused_AndThePressStaysWithItsOwner()
    {
        var (d, secretary, _) = World();
        var otherSecretary = Some.Name("wxsec");
        d.Add(otherSecretary, "王书记", Role.Secretary);
        var preview = d.CardIn(await d.SayAsync(secretary, "知情 第6期\n内容"));
        var notice = f.Host.Get<INoticeStore>().Get(f.Host.Get<INoticePreviewStore>().Latest(Person(secretary).Id)!.NoticeId)!;

        var calls = await d.PressAsync(otherSecretary, preview, $"/notice_send {notice.Id}");

        Assert.Equal("这张卡片不是发给您的，没有做任何操作。", WeComCardDriver.TextsTo(calls, otherSecretary));
        Assert.Empty(WeComCardDriver.Updates(calls));
        Assert.Equal(NoticeStatus.Draft, f.Host.Get<INoticeStore>().Get(notice.Id)!.Status);

        await d.PressAsync(secretary, preview, $"/notice_send {notice.Id}");
        Assert.Equal(NoticeStatus.Sent, f.Host.Get<INoticeStore>().Get(notice.Id)!.Status);
    }

    private (WeComCardDriver Driver, string Secretary, string Cadre) World()
    {
        var d = new WeComCardDriver(f);
        var secretary = Some.Name("wxsec");
        var cadre = Some.Name("wxcadre");
        d.Add(secretary, "张书记", Role.Secretary);
        d.Add(cadre, "郭洋", Role.Cadre, partyMember: true);
        return (d, secretary, cadre);
    }

    private async Task<(Notice Notice, Support.FakeWeCom.FakeWeComCard AckCard)> PublishAsync(WeComCardDriver d, string secretary, string cadre)
    {
        var preview = d.CardIn(await d.SayAsync(secretary, "知情 第7期\n内容"));
        var notice = f.Host.Get<INoticeStore>().Get(f.Host.Get<INoticePreviewStore>().Latest(Person(secretary).Id)!.NoticeId)!;
        var calls = await d.PressAsync(secretary, preview, $"/notice_send {notice.Id}");
        return (notice, d.CardIn(calls.Where(c => c.Str("touser").Split('|').Contains(cadre))));
    }

    private Person Person(string userId) => f.Host.Get<IPeopleStore>().FindByIdentity(Bot.Core.Messaging.ChannelNames.WeCom, userId)!;
}
