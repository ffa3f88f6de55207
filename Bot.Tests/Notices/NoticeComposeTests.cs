using Bot.Core.Messaging;
using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Tests.Support;

namespace Bot.Tests.Notices;

public sealed class NoticeComposeTests : IDisposable
{
    private readonly BotHarness _bot = NoticeBot.Create();

    public NoticeComposeTests()
    {
        _bot.Add("张书记", Role.Secretary, partyMember: true);
        _bot.Add("刘丰睿", Role.Cadre, partyMember: true);
        _bot.Add("郭洋", Role.Cadre);
        _bot.Add("李姨", Role.Resident, partyMember: true);
        _bot.Add("贾秀云", Role.Resident);
        _bot.BindGroup("干部群", GroupPurpose.Cadres);
        _bot.BindGroup("居民群", GroupPurpose.Residents);
    }

    [Theory]
    [InlineData("郭洋", Role.Cadre)]
    [InlineData("贾秀云", Role.Resident)]
    public void Lecture_FromCadreOrResident_IsRefusedAndNothingIsStored(string name, Role role)
    {
        Assert.Equal(role, _bot.People.FindByName(name)!.Role);

        var reply = _bot.Say(name, "党课 防疫知识\n内容");

        Assert.Contains("仅限", Assert.Single(reply).Text, StringComparison.Ordinal);
        Assert.Empty(_bot.Get<INoticeStore>().Recent(null, 10));
    }

    [Fact]
    public void Lecture_FromSecretary_ShowsPreviewWithAudienceCountsAndButtons()
    {
        var reply = Assert.Single(_bot.Say("张书记", "党课 第一讲：坚定信心\n请大家学习 https://example.org/a?b=1&c=2 。"));

        // Cadre group only (residents' groups are off by default); party members 张书记 刘丰睿 李姨 + cadres 郭洋.
        Assert.Contains("发送给 1 个群、4 人", reply.Text, StringComparison.Ordinal);
        Assert.Contains("《第一讲：坚定信心》", reply.Text, StringComparison.Ordinal);
        var buttons = reply.Buttons.SelectMany(r => r).ToList();
        Assert.Contains(buttons, b => b.Label == "确认发送" && b.Data.StartsWith("/notice_send ", StringComparison.Ordinal));
        Assert.Contains(buttons, b => b.Label == "取消" && b.Data.StartsWith("/notice_cancel ", StringComparison.Ordinal));
        Assert.All(buttons, b => Assert.True(System.Text.Encoding.UTF8.GetByteCount(b.Data) <= Button.MaxDataBytes));
        Assert.DoesNotContain(_bot.AllSent(), m => m.Priority == MessagePriority.Bulk);
    }

    [Fact]
    public void Confirm_SendsOneCopyToEachGroupAndPerson_WithContentExactlyAsWritten()
    {
        const string content = "请大家学习，链接：https://example.org/a?b=1&c=2\n第二行。";
        var id = NoticeBot.Compose(_bot, "张书记", "党课 第一讲\n" + content);

        var sent = _bot.Press("张书记", $"/notice_send {id}");

        var copies = sent.NoticeCopies(id);
        Assert.Equal(5, copies.Count);
        string[] expected = ["console:干部群", "console:刘丰睿", "console:张书记", "console:李姨", "console:郭洋"];
        Assert.Equal(expected.Order(StringComparer.Ordinal), copies.Select(c => c.To.Key).Order(StringComparer.Ordinal));
        Assert.All(copies, c =>
        {
            Assert.Equal(MessagePriority.Bulk, c.Priority);
            Assert.Contains(content, c.Text, StringComparison.Ordinal);
            Assert.Equal($"/ack {id}", Assert.Single(c.Buttons.SelectMany(r => r)).Data);
        });
        Assert.All(copies.Where(c => c.To.Kind == ChatKind.Private), c => Assert.Equal($"notice:{id}", c.BatchKey));
        Assert.Contains(sent, m => m.Priority == MessagePriority.Interactive && m.Text.Contains("已发出", StringComparison.Ordinal));
    }

    [Fact]
    public void Confirm_PressedTwice_SendsNothingMore()
    {
        var id = NoticeBot.Publish(_bot, "张书记", "知情 第3期\n本周情况");
        _bot.TakeSent();

        var again = _bot.Press("张书记", $"/notice_send {id}");

        Assert.Empty(again.NoticeCopies(id));
        Assert.Contains("已经发出过了", Assert.Single(again).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cancel_DropsTheDraft_AndItCanNoLongerBeSent()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 标题\n内容");

        var cancelled = _bot.Press("张书记", $"/notice_cancel {id}");
        var send = _bot.Press("张书记", $"/notice_send {id}");

        Assert.Contains("已取消", Assert.Single(cancelled).Text, StringComparison.Ordinal);
        Assert.Empty(send.NoticeCopies(id));
        Assert.Equal(NoticeStatus.Cancelled, _bot.Get<INoticeStore>().Get(id)!.Status);
    }

    [Fact]
    public void TypedConfirm_WithoutButtons_SendsTheLatestPreview()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "知情 第3期\n本周情况");

        var sent = _bot.Say("张书记", "确认发送");

        Assert.Equal(5, sent.NoticeCopies(id).Count);
        Assert.Contains("没有待发送的预览", Assert.Single(_bot.Say("张书记", "确认发送")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TypedCancel_DropsTheLatestPreview()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "知情 第3期\n本周情况");

        _bot.Say("张书记", "取消发送");

        Assert.Equal(NoticeStatus.Cancelled, _bot.Get<INoticeStore>().Get(id)!.Status);
    }

    [Fact]
    public void Lecture_WithoutContent_RepliesUsage()
    {
        var reply = Assert.Single(_bot.Say("张书记", "党课 只有标题"));

        Assert.Contains("用法", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Secretary_CannotTargetAnotherCommunity()
    {
        _bot.Communities.EnsureCommunity("新兴社区");

        var reply = Assert.Single(_bot.Say("张书记", "党课 新兴社区 标题\n内容"));

        Assert.Contains("只能向本社区", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Secretary_CannotSendAnotherCommunitysDraft()
    {
        _bot.Add("王书记", Role.Secretary, community: "新兴社区");
        var id = NoticeBot.Compose(_bot, "张书记", "党课 标题\n内容");

        var reply = _bot.Press("王书记", $"/notice_send {id}");

        Assert.Contains("不属于您的社区", Assert.Single(reply).Text, StringComparison.Ordinal);
        Assert.Equal(NoticeStatus.Draft, _bot.Get<INoticeStore>().Get(id)!.Status);
    }

    [Fact]
    public void Admin_WholeDistrict_ReachesEveryCommunity()
    {
        _bot.Add("王书记", Role.Secretary, partyMember: true, community: "新兴社区");
        _bot.BindGroup("新兴干部群", GroupPurpose.Cadres, "新兴社区");
        _bot.AddPerson("区管理员", Role.Admin, community: "");

        var id = NoticeBot.Publish(_bot, "区管理员", "党课 全区 第二讲\n内容");

        var notice = _bot.Get<INoticeStore>().Get(id)!;
        Assert.Equal(Notice.AllCommunities, notice.CommunityId);
        Assert.Equal(2, notice.GroupCount);
        Assert.Equal(5, notice.PersonCount);
        Assert.Contains(_bot.AllSent().NoticeCopies(id), c => c.To.Key == "console:王书记");
    }

    [Fact]
    public void Admin_WithoutTarget_IsAskedWhereItGoes()
    {
        _bot.AddPerson("区管理员", Role.Admin, community: "");

        var reply = Assert.Single(_bot.Say("区管理员", "党课 第二讲\n内容"));

        Assert.Contains("全区", reply.Text, StringComparison.Ordinal);
        Assert.Empty(_bot.Get<INoticeStore>().Recent(null, 10));
    }

    [Fact]
    public void Lecture_InTraditionalChinese_RepliesInTraditional()
    {
        var reply = Assert.Single(_bot.Say("张书记", "黨課 第1講\n內容"));

        Assert.Contains("發送給 1 個群、4 人", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LongContent_GoesAsDocument_WithTheLinkKeptWhole()
    {
        var link = "https://example.org/" + new string('x', 60);
        var content = link + " " + string.Concat(Enumerable.Repeat("学习内容。", 600));
        var id = NoticeBot.Publish(_bot, "张书记", "党课 长文\n" + content);

        var copy = _bot.AllSent().NoticeCopies(id).First(c => c.To.Kind == ChatKind.Private);

        Assert.NotNull(copy.File);
        Assert.Contains(content, System.Text.Encoding.UTF8.GetString(copy.File.Content), StringComparison.Ordinal);
        Assert.Contains(link, copy.Text, StringComparison.Ordinal);
        Assert.True(copy.Text.Length < 1000);
    }

    public void Dispose() => _bot.Dispose();
}
