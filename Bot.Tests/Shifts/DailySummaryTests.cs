using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Shifts;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Tests.Shifts.ShiftsWorld;
using Bot.Core.Texts;

namespace Bot.Tests.Shifts;

public sealed class DailySummaryTests : IDisposable
{
    private static readonly DateOnly Day3 = new(2026, 3, 3);
    private readonly ShiftsWorld _w = new(s => s.AddSingleton<IDailySummaryContributor, FixedContributor>());

    [Fact]
    public void Summary_At2000_ReportsSignInsLateMissedUncoveredHoursAndHandovers()
    {
        var onTime = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        var late = _w.Roster("2号岗", "08:00-12:00", Guo, Day3);
        _w.Roster("消杀组", "09:00-11:00", Wang, Day3);
        _w.Roster("1号岗", "22:00-06:00", Wang, Day3);
        _w.At(3, 7, 50);
        _w.H.Say(Liu, "签到");
        _w.At(3, 9, 30);
        _w.H.Say(Guo, "签到 2号岗");
        _w.At(3, 15, 55);
        _w.H.Say(Liu, "交接 登记5");
        _w.H.TakeSent();

        _w.At(3, 19, 59);
        Assert.Equal(0, _w.H.Get<DailySummaryService>().RunDue());
        _w.At(3, 20, 0);
        Assert.Equal(1, _w.H.Get<DailySummaryService>().RunDue());

        var text = Single(_w.H.TakeSent(), Secretary);
        // 4 shifts; 2 sign-ins; Guo 90 min late; Wang's 09:00-11:00 missed; uncovered: 1.5 h (2号岗) + 2 h (消杀组); the night shift has not begun.
        Assert.Contains("排班 4 个，签到 2 人次，迟到 1，未签到 1，无人在岗 3小时30分，交接 1 次。", text, StringComparison.Ordinal);
        Assert.Contains("郭洋（2号岗 1小时30分）", text, StringComparison.Ordinal);
        Assert.Contains("王芳（消杀组 09:00-11:00）", text, StringComparison.Ordinal);
        Assert.Contains("代购 3 单", text, StringComparison.Ordinal);
        Assert.NotNull(_w.Reload(onTime).Handover);
        Assert.Equal(90, _w.Reload(late).SignIn!.LateMinutes);
    }

    [Fact]
    public void Summary_IsSentOncePerDay_EvenAfterRestart()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 20, 5);
        Assert.Equal(1, _w.H.Get<DailySummaryService>().RunDue());

        _w.H.Restart();

        Assert.Equal(0, _w.H.Get<DailySummaryService>().RunDue());
        Assert.Single(_w.H.AllSent(), m => m.DedupeKey?.StartsWith("summary:", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Summary_InEnglish_ForAnEnglishSecretary()
    {
        var sec = _w.H.People.FindByName(Secretary)!;
        sec.Language = Language.English;
        _w.H.People.Save(sec);
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 20);

        _w.H.Get<DailySummaryService>().RunDue();

        Assert.Contains("1 shifts, 0 sign-ins, 0 late, 1 missed, 8 h uncovered", Single(_w.H.TakeSent(), Secretary), StringComparison.Ordinal);
    }

    public void Dispose() => _w.Dispose();

    private sealed class FixedContributor : IDailySummaryContributor
    {
        public IEnumerable<string> Lines(string communityId, DateOnly date, Language language) =>
            communityId == ShiftsWorld.Community && date == Day3 ? ["代购 3 单"] : [];
    }
}
