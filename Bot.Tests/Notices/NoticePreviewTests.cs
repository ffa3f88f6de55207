using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Tests.Support;

namespace Bot.Tests.Notices;

/// <summary>
/// A confirmation acts only on the preview the secretary has just seen: typed 确认发送 never sends an older, forgotten
/// draft; a preview expires after <see cref="NoticesOptions.PreviewValidity"/>; a button sends only the notice it names.
/// </summary>
public sealed class NoticePreviewTests : IDisposable
{
    private readonly BotHarness _bot = NoticeBot.Create();

    public NoticePreviewTests()
    {
        _bot.Add("张书记", Role.Secretary, partyMember: true);
        _bot.Add("刘丰睿", Role.Cadre, partyMember: true);
        _bot.BindGroup("干部群", GroupPurpose.Cadres);
    }

    private INoticeStore Store => _bot.Get<INoticeStore>();

    [Fact]
    public void TypedConfirm_AfterTheNewestPreviewWasCancelled_DoesNotSendAnOlderDraft()
    {
        var old = NoticeBot.Compose(_bot, "张书记", "党课 旧稿\n内容一");
        var newest = NoticeBot.Compose(_bot, "张书记", "知情 第3期\n内容二");
        _bot.Press("张书记", $"/notice_cancel {newest}");

        var reply = _bot.Say("张书记", "确认发送");

        Assert.Empty(reply.NoticeCopies(old));
        Assert.Equal(NoticeStatus.Draft, Store.Get(old)!.Status);
        var text = Assert.Single(reply).Text;
        Assert.Contains("《第3期》", text, StringComparison.Ordinal);
        Assert.Contains("已取消", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TypedConfirm_AfterThePreviewExpired_SendsNothing_NamesTheTitle_AndShowsItAgain()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 第一讲\n内容");
        _bot.Time.Advance(TimeSpan.FromMinutes(31));

        var reply = _bot.Say("张书记", "确认发送");

        Assert.Empty(reply.NoticeCopies(id));
        Assert.Equal(NoticeStatus.Draft, Store.Get(id)!.Status);
        Assert.Contains(reply, m => m.Text.Contains("《第一讲》", StringComparison.Ordinal) && m.Text.Contains("过期", StringComparison.Ordinal));
        Assert.Contains(reply, m => m.Buttons.SelectMany(r => r).Any(b => b.Data == $"/notice_send {id}"));

        var sent = _bot.Say("张书记", "确认发送");

        Assert.Equal(3, sent.NoticeCopies(id).Count);
    }

    [Fact]
    public void ButtonOfAnExpiredPreview_SendsNothing()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "知情 第4期\n内容");
        _bot.Time.Advance(TimeSpan.FromHours(2));

        var reply = _bot.Press("张书记", $"/notice_send {id}");

        Assert.Empty(reply.NoticeCopies(id));
        Assert.Contains(reply, m => m.Text.Contains("《第4期》", StringComparison.Ordinal) && m.Text.Contains("过期", StringComparison.Ordinal));
        Assert.Equal(NoticeStatus.Draft, Store.Get(id)!.Status);
    }

    [Fact]
    public void ButtonOfAnOlderFreshPreview_SendsExactlyThatNotice()
    {
        var first = NoticeBot.Compose(_bot, "张书记", "党课 甲\n内容");
        var second = NoticeBot.Compose(_bot, "张书记", "党课 乙\n内容");

        var reply = _bot.Press("张书记", $"/notice_send {first}");

        Assert.Equal(3, reply.NoticeCopies(first).Count);
        Assert.Empty(reply.NoticeCopies(second));
        Assert.Equal(NoticeStatus.Draft, Store.Get(second)!.Status);
    }

    [Fact]
    public void ButtonPressedBySomeoneNeverShownThePreview_ShowsItFirst_AndSendsNothing()
    {
        _bot.Add("王书记", Role.Secretary);
        var id = NoticeBot.Compose(_bot, "张书记", "党课 第三讲\n内容");

        var wang = _bot.People.FindByName("王书记")!;
        Assert.Null(_bot.Get<INoticePreviewStore>().ShownAt(id, wang.Id));
        var reply = _bot.Press("王书记", $"/notice_send {id}");

        Assert.Empty(reply.NoticeCopies(id));
        Assert.Contains(reply, m => m.Text.Contains("《第三讲》还没有给您预览过", StringComparison.Ordinal));
        Assert.NotEmpty(_bot.Press("王书记", $"/notice_send {id}").NoticeCopies(id));
    }

    [Fact]
    public void Sending_AnswersWithTheTitle()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "知情 第5期 防疫要点\n内容");

        var reply = _bot.Press("张书记", $"/notice_send {id}");

        Assert.Contains(reply, m => m.To.ChatId == "张书记" && m.Text.Contains($"#{id}《第5期 防疫要点》已发出", StringComparison.Ordinal));
    }

    [Fact]
    public void TypedSchedule_AfterTheNewestPreviewWasCancelled_DoesNotScheduleAnOlderDraft()
    {
        var old = NoticeBot.Compose(_bot, "张书记", "党课 旧稿\n内容一");
        var newest = NoticeBot.Compose(_bot, "张书记", "党课 新稿\n内容二");
        _bot.Press("张书记", $"/notice_cancel {newest}");

        _bot.Say("张书记", "定时 明天 20:00");

        Assert.Equal(NoticeStatus.Draft, Store.Get(old)!.Status);
    }

    [Fact]
    public void PreviewValidity_IsConfigurable()
    {
        using var bot = NoticeBot.Create(new Dictionary<string, string?> { ["Notices:PreviewValidity"] = "00:05:00" });
        bot.Add("张书记", Role.Secretary, partyMember: true);
        var id = NoticeBot.Compose(bot, "张书记", "党课 短时效\n内容");
        bot.Time.Advance(TimeSpan.FromMinutes(6));

        var reply = bot.Say("张书记", "确认发送");

        Assert.Empty(reply.NoticeCopies(id));
        Assert.Equal(NoticeStatus.Draft, bot.Get<INoticeStore>().Get(id)!.Status);
    }

    [Fact]
    public void PreviewValidity_DefaultsToThirtyMinutes_AndMustBePositive()
    {
        Assert.Equal(TimeSpan.FromMinutes(30), new NoticesOptions().PreviewValidity);

        var result = new NoticesOptionsValidator().Validate(null, new NoticesOptions { PreviewValidity = TimeSpan.Zero });

        Assert.Contains(result.Failures!, f => f.StartsWith("Notices:PreviewValidity:", StringComparison.Ordinal));
    }

    public void Dispose() => _bot.Dispose();
}
