using Bot.Core.Notices;

namespace Bot.Tests.Notices;

public sealed class NoticesOptionsTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        var options = new NoticesOptions();

        Assert.True(new NoticesOptionsValidator().Validate(null, options).Succeeded);
        Assert.Equal(TimeSpan.FromHours(24), options.ReRemindAfter);
        Assert.Equal(NoticeAudience.All, options.DefaultAudience);
    }

    [Fact]
    public void BadSchedule_NamesEveryKeyToFix()
    {
        var options = new NoticesOptions
        {
            ReRemindAfter = TimeSpan.Zero,
            Schedules = [new NoticeSchedule { Cron = "every friday", Title = "", Community = "静园社区", Content = "x", ContentFile = "y.txt" }],
        };

        var core = new NoticesOptionsValidator().Validate(null, options);
        var cron = new NoticeCronValidator().Validate(null, options);

        Assert.True(core.Failed);
        var failures = core.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Notices:ReRemindAfter:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Notices:Schedules:0:Title:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Notices:Schedules:0:Content:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Notices:Schedules:0:ContentFile:", StringComparison.Ordinal));
        Assert.StartsWith("Notices:Schedules:0:Cron:", Assert.Single(cron.Failures!), StringComparison.Ordinal);
    }

    [Fact]
    public void GoodCron_Passes() =>
        Assert.True(new NoticeCronValidator().Validate(null, new NoticesOptions
        {
            Schedules = [new NoticeSchedule { Cron = "0 0 20 ? * FRI", Title = "t", Community = "*", Content = "c" }],
        }).Succeeded);
}
