using Bot.Core.People;
using Bot.Core.Shifts;
using static Bot.Tests.Shifts.ShiftsWorld;
using Bot.Core.Texts;

namespace Bot.Tests.Shifts;

/// <summary>How shift replies read: durations as 9小时29分, full-width punctuation in Chinese, the note as the cadre wrote it.</summary>
public sealed class ShiftsWordingTests : IDisposable
{
    private static readonly DateOnly Day3 = new(2026, 3, 3);
    private readonly ShiftsWorld _w = new();

    [Fact]
    public void LateSignIn_ReadsAsHoursAndMinutes_InEveryLanguage()
    {
        _w.Roster("1号岗", "00:00-23:00", Liu, Day3);
        _w.Roster("2号岗", "00:00-23:00", Guo, Day3);
        _w.Roster("消杀组", "00:00-23:00", Wang, Day3);
        SetLanguage(Guo, Language.ZhHant);
        SetLanguage(Wang, Language.English);
        _w.At(3, 9, 29);

        var liu = Single(_w.H.Say(Liu, "签到"), Liu);
        Assert.Contains("迟到 9小时29分，", liu, StringComparison.Ordinal);
        Assert.Contains("请在 10分钟内发送您的位置", liu, StringComparison.Ordinal);
        Assert.Contains("遲到 9小時29分，", Single(_w.H.Say(Guo, "簽到"), Guo), StringComparison.Ordinal);
        Assert.Contains("9 h 29 min late", Single(_w.H.Say(Wang, "signin"), Wang), StringComparison.Ordinal);

        var status = Single(_w.H.Say(Secretary, "在岗"), Secretary);
        Assert.Contains("迟到 9小时29分）", status, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_JoinsAPointsLinesWithFullWidthPunctuation()
    {
        _w.Roster("2号岗", "08:00-16:00", Guo, Day3);
        _w.At(3, 8, 30);

        var status = Single(_w.H.Say(Secretary, "在岗"), Secretary);

        Assert.Contains("⚠ 无人在岗；郭洋 未签到（已过 30分钟）", status, StringComparison.Ordinal);
        Assert.DoesNotContain(";", status, StringComparison.Ordinal);
        Assert.DoesNotContain("： ", status, StringComparison.Ordinal);
    }

    [Fact]
    public void ChoosingAPoint_ListsThePointsWithTheChineseListComma()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.Roster("消杀组", "08:00-16:00", Liu, Day3);
        _w.At(3, 8);

        var reply = Single(_w.H.Say(Liu, "签到"), Liu);

        Assert.Matches("1号岗、消杀组|消杀组、1号岗", reply);
        Assert.Contains("1号岗、2号岗、消杀组", Single(_w.H.Say(Liu, "签到 3号岗"), Liu), StringComparison.Ordinal);
    }

    [Fact]
    public void DailySummary_NamesLateAndMissedWithFullWidthBrackets_AndDurations()
    {
        _w.Roster("2号岗", "08:00-12:00", Guo, Day3);
        _w.Roster("消杀组", "09:00-11:00", Wang, Day3);
        _w.At(3, 9, 30);
        _w.H.Say(Guo, "签到 2号岗");
        _w.At(3, 20);
        _w.H.TakeSent();

        _w.H.Get<DailySummaryService>().RunDue();

        var text = Single(_w.H.TakeSent(), Secretary);
        Assert.Contains("迟到：郭洋（2号岗 1小时30分）", text, StringComparison.Ordinal);
        Assert.Contains("未签到：王芳（消杀组 09:00-11:00）", text, StringComparison.Ordinal);
        Assert.Contains("无人在岗 3小时30分", text, StringComparison.Ordinal);
        Assert.DoesNotContain("'", text, StringComparison.Ordinal);
    }

    [Fact]
    public void HandoverNote_IsForwardedAsWritten_FullWidthPunctuationKept()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.Roster("1号岗", "16:00-22:00", Guo, Day3);
        _w.At(3, 8);
        _w.H.Say(Liu, "签到");
        _w.At(3, 15, 50);
        const string note = "登记12，测温30；北门锁已换（钥匙在值班室）：请注意。";

        var sent = _w.H.Say(Liu, "交接 " + note);

        Assert.Contains(note, Single(sent, Guo), StringComparison.Ordinal);
        Assert.Equal(["登记", "测温"], _w.Store.OfCadre(_w.H.People.FindByName(Liu)!.Id).Single().Handover!.Counts.Select(c => c.Label));
        Assert.Contains(note, To(_w.H.Say(Guo, "签到"), Guo)[0], StringComparison.Ordinal);
    }

    private void SetLanguage(string name, Language language)
    {
        var p = _w.H.People.FindByName(name)!;
        p.Language = language;
        _w.H.People.Save(p);
    }

    public void Dispose() => _w.Dispose();
}
