using static Bot.Tests.Shifts.ShiftsWorld;

namespace Bot.Tests.Shifts;

/// <summary>在岗 and 接班 agree with what happened: an early sign-in after a takeover is on duty; typed 接班 works like its button.</summary>
public sealed class OnDutyStateTests : IDisposable
{
    private static readonly DateOnly Day3 = new(2026, 3, 3);
    private readonly ShiftsWorld _w = new();

    [Fact]
    public void Status_ShowsACadreWhoSignedInEarlyAndTookOver_AsOnDuty()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.Roster("1号岗", "16:00-22:00", Guo, Day3);
        _w.At(3, 8);
        _w.H.Say(Liu, "签到");
        _w.At(3, 15, 40);
        _w.H.Say(Guo, "签到");
        _w.H.Say(Liu, "交接 一切正常");
        _w.H.Say(Guo, "接班");
        _w.At(3, 15, 50);

        var reply = Single(_w.H.Say(Secretary, "在岗"), Secretary);

        var line = reply.Split('\n').Single(l => l.Contains("1号岗", StringComparison.Ordinal));
        Assert.DoesNotContain("无人在岗", line, StringComparison.Ordinal);
        Assert.Contains("郭洋 在岗", line, StringComparison.Ordinal);
        Assert.Contains("共 3 个点位，0 个无人在岗。", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_ShowsACadreSignedInAtASecondPoint_OnDutyThere()
    {
        _w.Roster("2号岗", "08:00-20:00", Guo, Day3);
        _w.Roster("1号岗", "08:00-12:00", Liu, Day3);
        _w.Roster("1号岗", "12:00-23:00", Guo, Day3);
        _w.At(3, 8);
        _w.H.Say(Liu, "签到 1号岗");
        _w.H.Say(Guo, "签到 2号岗");
        _w.At(3, 11, 40);
        _w.H.Say(Guo, "签到 1号岗");
        _w.H.Say(Liu, "交接 无");
        _w.At(3, 11, 45);

        var reply = Single(_w.H.Say(Secretary, "在岗"), Secretary);

        var gate1 = reply.Split('\n').Single(l => l.Contains("1号岗", StringComparison.Ordinal));
        var gate2 = reply.Split('\n').Single(l => l.Contains("2号岗", StringComparison.Ordinal));
        Assert.Contains("郭洋 在岗", gate1, StringComparison.Ordinal);
        Assert.DoesNotContain("无人在岗", gate1, StringComparison.Ordinal);
        Assert.Contains("郭洋 在岗", gate2, StringComparison.Ordinal);
    }

    [Fact]
    public void TypedTakeover_WorksWhenTheButtonWould_BeforeTheNextShiftOpens()
    {
        var day = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        var next = _w.Roster("1号岗", "16:00-22:00", Guo, Day3);
        _w.At(3, 8);
        _w.H.Say(Liu, "签到");
        _w.At(3, 15);
        var handover = _w.H.Say(Liu, "交接 北门锁已换");
        Assert.Equal($"/takeover {day.Id}", Assert.Single(handover, m => m.To.ChatId == Guo).Buttons.Single().Single().Data);

        var reply = To(_w.H.Say(Guo, "接班"), Guo)[0];

        Assert.Contains("已确认接班", reply, StringComparison.Ordinal);
        Assert.Equal(Guo, _w.Reload(day).Handover!.TakenOverByName);
        Assert.Equal(day.Id, _w.Reload(next).TookOverFromId);
    }

    [Fact]
    public void TypedTakeover_FindsTheHandover_WhenAShorterShiftLiesBetween()
    {
        var day = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.Roster("1号岗", "12:00-14:00", Wang, Day3);
        _w.Roster("1号岗", "16:00-22:00", Guo, Day3);
        _w.At(3, 8);
        _w.H.Say(Liu, "签到");
        _w.At(3, 15, 50);
        var handover = _w.H.Say(Liu, "交接 一切正常");
        Assert.Equal($"/takeover {day.Id}", Assert.Single(handover, m => m.To.ChatId == Guo).Buttons.Single().Single().Data);

        var reply = To(_w.H.Say(Guo, "接班"), Guo)[0];

        Assert.Contains("已确认接班", reply, StringComparison.Ordinal);
        Assert.Equal(Guo, _w.Reload(day).Handover!.TakenOverByName);
    }

    public void Dispose() => _w.Dispose();
}
