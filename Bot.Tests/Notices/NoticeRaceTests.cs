using Bot.Core.Messaging;
using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Notices;

/// <summary>
/// A secretary's command on a notice that another host changes between the handler's read and its write: the handler
/// never overwrites what the other host did, and replies with the state the notice is really in.
/// </summary>
public sealed class NoticeRaceTests : IDisposable
{
    private readonly BotHarness _bot = NoticeBot.Create(configure: services =>
    {
        services.AddSingleton(sp => new ChangedAfterReadStore(sp.GetRequiredService<NoticeStore>()));
        services.AddSingleton<INoticeStore>(sp => sp.GetRequiredService<ChangedAfterReadStore>());
    });

    public NoticeRaceTests()
    {
        _bot.Add("张书记", Role.Secretary, partyMember: true);
        _bot.Add("刘丰睿", Role.Cadre, partyMember: true);
        _bot.Add("郭洋", Role.Cadre);
        _bot.BindGroup("干部群", GroupPurpose.Cadres);
    }

    /// <summary>The store as it is, without the other host in between.</summary>
    private NoticeStore Stored => _bot.Get<NoticeStore>();

    /// <summary>Another host sends notice <paramref name="id"/> (its conditional mark) right after the handler read it.</summary>
    private void SentElsewhereAfterTheNextRead(int id) =>
        _bot.Get<ChangedAfterReadStore>().AfterNextReadOf(id, () =>
        {
            var theirs = Stored.Get(id)!;
            theirs.MarkSent(_bot.Time.GetUtcNow());
            Assert.True(Stored.MarkSent(theirs));
        });

    [Fact]
    public void Cancel_AfterAnotherHostSentIt_SaysItWasSent_AndLeavesItSent()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 第一讲\n内容");
        SentElsewhereAfterTheNextRead(id);

        var reply = Assert.Single(_bot.Press("张书记", $"/notice_cancel {id}"));

        Assert.Contains("已经发出", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("已取消", reply.Text, StringComparison.Ordinal);
        Assert.Equal(NoticeStatus.Sent, Stored.Get(id)!.Status);
    }

    [Fact]
    public void Unschedule_AfterAnotherHostSentIt_SaysItWasSent_AndLeavesItSent()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 第一讲\n内容");
        _bot.Say("张书记", "定时 明天 20:00");
        SentElsewhereAfterTheNextRead(id);

        var reply = Assert.Single(_bot.Say("张书记", $"取消定时 {id}"));

        Assert.Contains("已经发出", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("已取消", reply.Text, StringComparison.Ordinal);
        Assert.Equal(NoticeStatus.Sent, Stored.Get(id)!.Status);
    }

    [Fact]
    public void Cancel_OfANoticeCancelledMeanwhile_SaysCancelled()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 第一讲\n内容");
        _bot.Get<ChangedAfterReadStore>().AfterNextReadOf(id, () =>
        {
            var theirs = Stored.Get(id)!;
            Assert.True(theirs.Cancel());
            Assert.True(Stored.MarkCancelled(theirs));
        });

        var reply = Assert.Single(_bot.Press("张书记", $"/notice_cancel {id}"));

        Assert.Contains("已取消", reply.Text, StringComparison.Ordinal);
        Assert.Equal(NoticeStatus.Cancelled, Stored.Get(id)!.Status);
    }

    [Fact]
    public void AudienceChange_AfterAnotherHostSentIt_SaysItWasSent_AndLeavesItSent()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 第一讲\n内容");
        var audience = Stored.Get(id)!.Audience;
        SentElsewhereAfterTheNextRead(id);

        var reply = Assert.Single(_bot.Press("张书记", $"/notice_audience {id} g"));

        Assert.Contains("已经发出过了", reply.Text, StringComparison.Ordinal);
        var stored = Stored.Get(id)!;
        Assert.Equal((NoticeStatus.Sent, audience), (stored.Status, stored.Audience));
    }

    [Fact]
    public void Schedule_AfterAnotherHostSentIt_SaysItWasSent_AndSchedulesNothing()
    {
        var id = NoticeBot.Compose(_bot, "张书记", "党课 第一讲\n内容");
        SentElsewhereAfterTheNextRead(id);

        var reply = Assert.Single(_bot.Say("张书记", "定时 明天 20:00"));

        Assert.Contains("已经发出", reply.Text, StringComparison.Ordinal);
        Assert.Equal(NoticeStatus.Sent, Stored.Get(id)!.Status);
        Assert.Empty(_bot.Get<NoticeScheduleService>().PendingSchedules());
    }

    [Fact]
    public void RemindUnread_AfterAnotherHostSentTheAutomaticReminder_SaysWhen_AndTheAutomaticOneStaysDone()
    {
        var id = NoticeBot.Publish(_bot, "张书记", "党课 第一讲\n内容");
        _bot.Press("刘丰睿", $"/ack {id}");
        _bot.Time.Advance(TimeSpan.FromHours(24));
        _bot.TakeSent();
        var otherHost = ActivatorUtilities.CreateInstance<NoticeScheduleService>(_bot.Get<IServiceProvider>());
        _bot.Get<ChangedAfterReadStore>().AfterNextReadOf(id, () => Assert.Equal(2, otherHost.RemindDue()));

        var sent = _bot.Say("张书记", $"提醒未读 {id}");

        var reminders = sent.Where(m => m.Priority == MessagePriority.Bulk).ToList();
        Assert.Equal(["console:张书记", "console:郭洋"], reminders.Select(m => m.To.Key).Order(StringComparer.Ordinal));
        Assert.All(reminders, m => Assert.Contains(":r1:", m.DedupeKey, StringComparison.Ordinal));
        Assert.Contains("刚提醒过", Assert.Single(sent, m => m.Priority == MessagePriority.Interactive).Text, StringComparison.Ordinal);
        Assert.Equal(1, Stored.Get(id)!.RemindCount);
        _bot.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, _bot.Get<NoticeScheduleService>().RemindDue());
    }

    public void Dispose() => _bot.Dispose();
}
