using Bot.Core.Messaging;
using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

public sealed class PurchaseReminderTests : IDisposable
{
    private readonly PurchaseBot _bot = new();

    private PurchaseReminderService Reminders => _bot.Harness.Get<PurchaseReminderService>();

    [Fact]
    public void Unclaimed_RemindsTheGroupAfter30Minutes_AndTheSecretaryAfter60_EachOnce()
    {
        var r = _bot.Submit();
        _bot.Harness.TakeSent();

        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(29));
        Assert.Equal(0, Reminders.Run());

        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(1, Reminders.Run());
        Assert.Equal(0, Reminders.Run());
        var group = _bot.Harness.TakeSent().Single();
        Assert.Equal(PurchaseBot.CadreGroup, group.To.ChatId);
        Assert.Contains("已等待 31分钟", group.Text);
        Assert.Equal([$"/claim {r.Id}"], PurchaseBot.Data(group));

        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(30));
        Assert.Equal(1, Reminders.Run());
        Assert.Equal(0, Reminders.Run());
        var secretary = _bot.Harness.TakeSent().Single();
        Assert.Equal(ChatAddress.PrivateTo(ChannelNames.Console, PurchaseBot.Secretary), secretary.To);
        Assert.Contains($"#{r.Id} 已等待 1小时1分", secretary.Text);
    }

    [Fact]
    public void ClaimedRequest_IsNotReminded_UntilReleasedAndUnclaimedAgain()
    {
        var r = _bot.Submit();
        _bot.Say(PurchaseBot.Cadre, $"接单 {r.Id}");
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(45));
        Assert.Equal(0, Reminders.Run());

        _bot.Say(PurchaseBot.Cadre, $"放弃接单 {r.Id} 临时有事");
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(0, Reminders.Run());

        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(1, Reminders.Run());
    }

    [Fact]
    public void UnconfirmedDelivery_IsAutoClosedAfter24Hours_AndTheResidentTold()
    {
        var r = _bot.Submit();
        _bot.Say(PurchaseBot.Cadre, $"接单 {r.Id}");
        _bot.Say(PurchaseBot.Cadre, $"已买到 {r.Id}");
        _bot.Say(PurchaseBot.Cadre, $"已送达 {r.Id}");

        _bot.Harness.Time.Advance(TimeSpan.FromHours(23));
        Reminders.Run();
        Assert.Equal(PurchaseStatus.Delivered, _bot.Store.Get(r.Id)!.Status);

        _bot.Harness.Time.Advance(TimeSpan.FromHours(1));
        Reminders.Run();
        Assert.Equal(PurchaseStatus.AutoClosed, _bot.Store.Get(r.Id)!.Status);
        Assert.Contains("已自动完成", PurchaseBot.To(_bot.Harness.TakeSent(), PurchaseBot.Resident).Single().Text);
        Assert.Contains("当前是「已自动完成」", _bot.Press(PurchaseBot.Resident, $"/received {r.Id}").Single().Text);
    }

    [Fact]
    public void DailyFigures_CountNewClaimedDelivered_AveragesAndStillOpen()
    {
        _bot.Harness.AddPerson("王大爷", Core.People.Role.Resident);
        _bot.Harness.AddPerson("赵阿姨", Core.People.Role.Resident);
        var a = _bot.Submit();
        var b = _bot.Submit("王大爷", "白菜", "5-1-101");
        var c = _bot.Submit("赵阿姨", "米", "6-1-101");
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(10));
        _bot.Say(PurchaseBot.Cadre, $"接单 {a.Id}");
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(10));
        _bot.Say(PurchaseBot.OtherCadre, $"接单 {b.Id}");
        _bot.Say("赵阿姨", $"取消代购 {c.Id}");
        _bot.Harness.Time.Advance(TimeSpan.FromMinutes(40));
        _bot.Say(PurchaseBot.Cadre, $"已买到 {a.Id}");
        _bot.Say(PurchaseBot.Cadre, $"已送达 {a.Id}");

        var figures = _bot.Harness.Get<PurchaseStatistics>().Today("静园社区");

        Assert.Equal(new DateOnly(2026, 3, 2), figures.Date);
        Assert.Equal(3, figures.New);
        Assert.Equal(2, figures.Claimed);
        Assert.Equal(1, figures.Delivered);
        Assert.Equal(TimeSpan.FromMinutes(15), figures.AverageTimeToClaim);
        Assert.Equal(TimeSpan.FromMinutes(60), figures.AverageTimeToDeliver);
        Assert.Equal(1, figures.StillOpen);
        var line = _bot.Say(PurchaseBot.Secretary, "代购日报").Single().Text;
        Assert.Equal("代购（2026-03-02）：新增 3，接单 2，送达 1；平均接单用时 15分钟，平均送达用时 1小时；仍未完成 1。", line);
    }

    [Fact]
    public void DailyFigures_ForAnEarlierDay_CountOnlyThatDay()
    {
        _bot.Submit();
        _bot.Harness.Time.Advance(TimeSpan.FromDays(1));

        var statistics = _bot.Harness.Get<PurchaseStatistics>();
        var yesterday = statistics.DailyFigures("静园社区", new DateOnly(2026, 3, 2));
        var today = statistics.Today("静园社区");

        Assert.Equal((1, 1), (yesterday.New, yesterday.StillOpen));
        Assert.Equal((0, 1), (today.New, today.StillOpen));
        Assert.Null(today.AverageTimeToClaim);
    }

    public void Dispose() => _bot.Dispose();
}
