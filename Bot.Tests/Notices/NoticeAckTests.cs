using Bot.Core.Messaging;
using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Tests.Support;

namespace Bot.Tests.Notices;

public sealed class NoticeAckTests : IDisposable
{
    private readonly BotHarness _bot = NoticeBot.Create();
    private readonly int _id;

    public NoticeAckTests()
    {
        _bot.Add("张书记", Role.Secretary, partyMember: true);
        _bot.Add("刘丰睿", Role.Cadre, partyMember: true);
        _bot.Add("郭洋", Role.Cadre);
        _bot.Add("李姨", Role.Resident, partyMember: true);
        _bot.Add("贾秀云", Role.Resident);
        _bot.BindGroup("干部群", GroupPurpose.Cadres);
        _id = NoticeBot.Publish(_bot, "张书记", "党课 第一讲\n内容");
        _bot.TakeSent();
    }

    private INoticeStore Store => _bot.Get<INoticeStore>();

    [Fact]
    public void AckButton_PressedTwiceAndKeyword_CountsOnce()
    {
        var first = _bot.Press("刘丰睿", $"/ack {_id}");
        var second = _bot.Press("刘丰睿", $"/ack {_id}");
        var keyword = _bot.Say("刘丰睿", $"已学 {_id}");

        Assert.Contains("已记录", Assert.Single(first).Text, StringComparison.Ordinal);
        Assert.Contains("不用重复确认", Assert.Single(second).Text, StringComparison.Ordinal);
        Assert.Contains("不用重复确认", Assert.Single(keyword).Text, StringComparison.Ordinal);
        var stats = NoticeReadStats.Of(Store.Recipients(_id));
        Assert.Equal(1, stats.Acked);
        Assert.Equal(4, stats.Addressed);
    }

    [Fact]
    public void AckKeyword_WithoutNumber_AcknowledgesTheNewestNoticeForThatPerson()
    {
        var reply = Assert.Single(_bot.Say("郭洋", "已学"));

        Assert.Contains("第一讲", reply.Text, StringComparison.Ordinal);
        Assert.True(Store.Recipient(_id, _bot.People.FindByName("郭洋")!.Id)!.Acked);
    }

    [Fact]
    public void Ack_InTheCadreGroup_RepliesPrivately()
    {
        var reply = Assert.Single(_bot.Press("李姨", $"/ack {_id}", group: "干部群"));

        Assert.Equal("console:李姨", reply.To.Key);
    }

    [Fact]
    public void Ack_FromSomeoneNotAddressed_InTheCommunity_IsRecordedAsExtra()
    {
        _bot.Press("贾秀云", $"/ack {_id}");

        var stats = NoticeReadStats.Of(Store.Recipients(_id));
        Assert.Equal(1, stats.Extra);
        Assert.Equal(0, stats.Acked);
    }

    [Fact]
    public void Ack_OfAnotherCommunitysNotice_IsRefused()
    {
        _bot.Add("外人", Role.Cadre, community: "新兴社区");

        var reply = Assert.Single(_bot.Say("外人", $"已学 {_id}"));

        Assert.Contains("不是发给您的", reply.Text, StringComparison.Ordinal);
        Assert.Null(Store.Recipient(_id, _bot.People.FindByName("外人")!.Id));
    }

    [Fact]
    public void Ack_WithGarbage_RepliesUsage()
    {
        var reply = Assert.Single(_bot.Say("郭洋", "已学 abc"));

        Assert.Contains("用法", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadStats_ListsExactlyThoseWhoHaveNotAcknowledged()
    {
        _bot.Press("刘丰睿", $"/ack {_id}");
        _bot.Press("李姨", $"/ack {_id}");

        var reply = Assert.Single(_bot.Say("张书记", "学习情况"));

        Assert.Contains("已学习:2/4 人(50%)", reply.Text.Replace('：', ':').Replace('（', '(').Replace('）', ')'), StringComparison.Ordinal);
        var missing = reply.Text.Split('\n').Single(l => l.Contains("未学习", StringComparison.Ordinal));
        Assert.Equal(["张书记", "郭洋"], missing[(missing.IndexOf('：') + 1)..].Split('、').Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ReadStats_IsForSecretariesOnly()
    {
        var reply = Assert.Single(_bot.Say("郭洋", $"/readstats {_id}"));

        Assert.Contains("仅限", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RemindUnread_GoesOnlyToNonAcknowledgers_AtMostOncePerHour()
    {
        _bot.Press("刘丰睿", $"/ack {_id}");
        _bot.Press("李姨", $"/ack {_id}");
        _bot.TakeSent();

        var sent = _bot.Say("张书记", $"提醒未读 {_id}");
        var reminders = sent.Where(m => m.Priority == MessagePriority.Bulk).ToList();
        var tooSoon = _bot.Say("张书记", $"提醒未读 {_id}");
        _bot.Time.Advance(TimeSpan.FromMinutes(61));
        var later = _bot.Say("张书记", $"提醒未读 {_id}").Where(m => m.Priority == MessagePriority.Bulk).ToList();

        Assert.Equal(["console:张书记", "console:郭洋"], reminders.Select(m => m.To.Key).Order(StringComparer.Ordinal));
        Assert.All(reminders, m => Assert.StartsWith("提醒", m.Text, StringComparison.Ordinal));
        Assert.Contains("以后才能再次提醒", Assert.Single(tooSoon).Text, StringComparison.Ordinal);
        Assert.Equal(2, later.Count);
    }

    [Fact]
    public void AutomaticReminder_AfterTheConfiguredDelay_OnlyToNonAcknowledgers_Once()
    {
        _bot.Press("刘丰睿", $"/ack {_id}");
        _bot.TakeSent();
        var schedules = _bot.Get<NoticeScheduleService>();

        _bot.Time.Advance(TimeSpan.FromHours(23));
        var early = schedules.RemindDue();
        _bot.Time.Advance(TimeSpan.FromHours(1));
        var due = schedules.RemindDue();
        var reminded = _bot.TakeSent();
        var again = schedules.RemindDue();

        Assert.Equal(0, early);
        Assert.Equal(3, due);
        Assert.Equal(["console:张书记", "console:李姨", "console:郭洋"], reminded.Select(m => m.To.Key).Order(StringComparer.Ordinal));
        Assert.Equal(0, again);
    }

    [Fact]
    public void AutomaticReminder_ShortlyAfterAManualOne_WaitsTheManualInterval()
    {
        _bot.Time.Advance(TimeSpan.FromHours(23.5));
        var manual = _bot.Say("张书记", $"提醒未读 {_id}").Count(m => m.Priority == MessagePriority.Bulk);
        var schedules = _bot.Get<NoticeScheduleService>();

        _bot.Time.Advance(TimeSpan.FromMinutes(30));
        var atDay = schedules.RemindDue();
        _bot.Time.Advance(TimeSpan.FromMinutes(30));
        var anHourAfterTheManual = schedules.RemindDue();

        Assert.Equal((4, 0, 4), (manual, atDay, anHourAfterTheManual));
    }

    [Fact]
    public void NoticeList_ShowsReadRate()
    {
        _bot.Press("刘丰睿", $"/ack {_id}");

        var reply = Assert.Single(_bot.Say("张书记", "通知列表"));

        Assert.Contains($"#{_id} 网上党课《第一讲》", reply.Text, StringComparison.Ordinal);
        Assert.Contains("1/4", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportAcks_Csv_HasOneRowPerRecipientWithTheAcknowledgement()
    {
        _bot.Press("刘丰睿", $"/ack {_id}");

        var reply = Assert.Single(_bot.Say("张书记", $"导出确认 {_id}"));

        Assert.NotNull(reply.File);
        var lines = System.Text.Encoding.UTF8.GetString(reply.File.Content).TrimStart('\uFEFF').Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("社区,姓名,党员,已私信,已确认,确认时间,渠道", lines[0]);
        Assert.Equal(5, lines.Count);
        Assert.Contains(lines, l => l.StartsWith("静园社区,刘丰睿,是,是,是,2026-03-02 09:00,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("静园社区,郭洋,否,是,否,,", StringComparison.Ordinal));
    }

    [Fact]
    public void ExportAcks_Xlsx_IsAWorkbook()
    {
        var reply = Assert.Single(_bot.Say("张书记", $"/export_acks {_id} xlsx"));

        Assert.EndsWith(".xlsx", reply.File!.FileName, StringComparison.Ordinal);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(reply.File.Content), useHeaderRow: true).ToList();
        Assert.Equal(4, rows.Count);
    }

    public void Dispose() => _bot.Dispose();
}
