using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Tests.Storage.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Bot.Tests.Support;

namespace Bot.Tests.Notices;

public sealed class NoticeScheduleTests : IDisposable
{
    private static readonly Dictionary<string, string?> Recurring = new()
    {
        ["Notices:Schedules:0:Name"] = "weekly",
        ["Notices:Schedules:0:Cron"] = "0 0 20 ? * FRI",
        ["Notices:Schedules:0:Kind"] = "Bulletin",
        ["Notices:Schedules:0:Community"] = NoticeBot.Community,
        ["Notices:Schedules:0:Title"] = "党员知情 {date}",
        ["Notices:Schedules:0:Content"] = "本周要点",
    };

    private readonly BotHarness _bot = NoticeBot.Create(Recurring);

    public NoticeScheduleTests()
    {
        _bot.Add("张书记", Role.Secretary, partyMember: true);
        _bot.Add("刘丰睿", Role.Cadre, partyMember: true);
        _bot.BindGroup("干部群", GroupPurpose.Cadres);
    }

    private NoticeScheduleService Schedules => _bot.Get<NoticeScheduleService>();

    /// <summary>The scheduling service as another host has it: its own instance (and lock) over the same store.</summary>
    private NoticeScheduleService OnAnotherHost() => ActivatorUtilities.CreateInstance<NoticeScheduleService>(_bot.Get<IServiceProvider>());

    [Fact]
    public void Scheduled_FiresAtItsTime_NotBefore()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 晚间党课\n内容");
        var reply = Assert.Single(_bot.Say("张书记", "定时 2026-03-02 20:00"));
        _bot.TakeSent();

        _bot.Time.Advance(TimeSpan.FromHours(10) + TimeSpan.FromMinutes(59));
        var early = Schedules.RunDue();
        _bot.Time.Advance(TimeSpan.FromMinutes(1));
        var due = Schedules.RunDue();

        Assert.Contains("将于 2026-03-02 20:00 发送", reply.Text, StringComparison.Ordinal);
        Assert.Equal(0, early);
        Assert.Equal(1, due);
        var sent = _bot.TakeSent();
        Assert.Equal(3, sent.NoticeCopies(id).Count);
        Assert.Contains(sent, m => m.To.Key == "console:张书记" && m.Text.Contains("定时通知", StringComparison.Ordinal));
    }

    [Fact]
    public void Scheduled_SurvivesRestart_AndIsSentOnce()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 晚间党课\n内容");
        _bot.Say("张书记", "定时 明天 8:30");

        _bot.Restart();
        Assert.Equal([id], _bot.Get<NoticeScheduleService>().PendingSchedules().Select(p => p.Id));
        _bot.Time.Advance(TimeSpan.FromDays(1));
        var first = _bot.Get<NoticeScheduleService>().RunDue();
        var second = _bot.Get<NoticeScheduleService>().RunDue();

        Assert.Equal((1, 0), (first, second));
        Assert.Equal(3, _bot.AllSent().NoticeCopies(id).Count);
    }

    [Fact]
    public void Schedule_InThePast_IsRefused()
    {
        NoticeBot.Compose(_bot, "张书记", "党课 标题\n内容");

        var reply = Assert.Single(_bot.Say("张书记", "定时 2026-03-01 20:00"));

        Assert.Contains("已经过去了", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Schedule_WithoutADraft_SaysSo()
    {
        var reply = Assert.Single(_bot.Say("张书记", "定时 明天 20:00"));

        Assert.Contains("没有待发送的预览", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ScheduledList_ShowsIt_AndUnschedule_KeepsItFromBeingSent()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 晚间党课\n内容");
        _bot.Say("张书记", "定时 3月5日 20:00");

        var list = Assert.Single(_bot.Say("张书记", "定时列表"));
        var cancelled = Assert.Single(_bot.Say("张书记", $"取消定时 {id}"));
        _bot.Time.Advance(TimeSpan.FromDays(5));
        var sent = Schedules.RunDue();

        Assert.Contains($"#{id} 网上党课《晚间党课》 2026-03-05 20:00", list.Text, StringComparison.Ordinal);
        Assert.Contains("已取消", cancelled.Text, StringComparison.Ordinal);
        Assert.Equal(0, sent);
        Assert.Contains("没有定时通知", Assert.Single(_bot.Say("张书记", "定时列表")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Recurring_PublishesOncePerFireTime_WithTheDateInTheTitle()
    {
        var friday = new DateTimeOffset(2026, 3, 6, 12, 0, 0, TimeSpan.Zero);

        var first = Schedules.RunRecurring("weekly", friday);
        var refire = Schedules.RunRecurring("weekly", friday);
        var next = Schedules.RunRecurring("weekly", friday.AddDays(7));

        Assert.NotNull(first);
        Assert.Null(refire);
        Assert.NotNull(next);
        Assert.Equal("党员知情 2026-03-06", first.Title);
        Assert.Equal(NoticeKind.Bulletin, first.Kind);
        Assert.Equal(3, _bot.AllSent().NoticeCopies(first.Id).Count);
    }

    [Fact]
    public async Task Recurring_FiredOnTwoHostsAtOnce_IsPublishedOnce_TheLoserDoesNothing()
    {
        var friday = new DateTimeOffset(2026, 3, 6, 12, 0, 0, TimeSpan.Zero);
        var other = OnAnotherHost();

        var (first, second) = await Contention.SecondWaitsForFirst(_bot.Get<IUnitOfWork>(),
            () => Schedules.RunRecurring("weekly", friday), () => other.RunRecurring("weekly", friday), Contention.IsBlocked);

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.Equal([first.Id], _bot.Get<INoticeStore>().Recent(null, 10).Select(n => n.Id));
        Assert.Equal(3, _bot.AllSent().Count(m => m.DedupeKey?.StartsWith("notice:", StringComparison.Ordinal) == true));
    }

    [Fact]
    public async Task Scheduled_DueOnTwoHostsAtOnce_IsSentOnce_TheLoserDoesNothing()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 第一讲\n内容");
        _bot.Say("张书记", "定时 2026-03-02 20:00");
        _bot.Time.Advance(TimeSpan.FromHours(11));
        _bot.TakeSent();
        var other = OnAnotherHost();

        var (first, second) = await Contention.SecondWaitsForFirst(_bot.Get<IUnitOfWork>(), Schedules.RunDue, other.RunDue, Contention.IsBlocked);

        Assert.Equal((1, 0), (first, second));
        Assert.Equal(NoticeStatus.Sent, _bot.Get<INoticeStore>().Get(id)!.Status);
        var sent = _bot.TakeSent();
        Assert.Equal(3, sent.NoticeCopies(id).Count);
        Assert.Single(sent, m => m.Text.Contains("已发出", StringComparison.Ordinal));
    }

    [Fact]
    public void RecurringCron_FiresFridaysAt20LocalTime()
    {
        var cron = new Quartz.CronExpression(Recurring["Notices:Schedules:0:Cron"]!, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

        var next = cron.GetNextValidTimeAfter(_bot.Time.GetUtcNow());

        Assert.Equal(new DateTimeOffset(2026, 3, 6, 12, 0, 0, TimeSpan.Zero), next);
    }

    [Theory]
    [InlineData("2026-03-05 20:00", 2026, 3, 5, 20, 0)]
    [InlineData("2026/3/5 8:30", 2026, 3, 5, 8, 30)]
    [InlineData("3月5日 20:00", 2026, 3, 5, 20, 0)]
    [InlineData("3-5 20:00", 2026, 3, 5, 20, 0)]
    [InlineData("明天 20:00", 2026, 3, 3, 20, 0)]
    [InlineData("tomorrow 7:05", 2026, 3, 3, 7, 5)]
    [InlineData("21:00", 2026, 3, 2, 21, 0)]
    [InlineData("20点", 2026, 3, 2, 20, 0)]
    [InlineData("1月5日 20:00", 2027, 1, 5, 20, 0)]
    public void TimeParser_ReadsCommonForms(string text, int y, int mo, int d, int h, int mi)
    {
        Assert.True(NoticeTimeParser.TryParse(text, new DateOnly(2026, 3, 2), out var date, out var time));
        Assert.Equal((new DateOnly(y, mo, d), new TimeOnly(h, mi)), (date, time));
    }

    [Theory]
    [InlineData("")]
    [InlineData("明年")]
    [InlineData("2026-02-30 20:00")]
    [InlineData("25:00")]
    public void TimeParser_RejectsNonsense(string text) =>
        Assert.False(NoticeTimeParser.TryParse(text, new DateOnly(2026, 3, 2), out _, out _));

    public void Dispose() => _bot.Dispose();
}
