using static Bot.Tests.Shifts.ShiftsWorld;

namespace Bot.Tests.Shifts;

public sealed class HandoverTests : IDisposable
{
    private static readonly DateOnly Day3 = new(2026, 3, 3);
    private readonly ShiftsWorld _w = new();

    [Fact]
    public void Handover_StoresNoteAndCounts_AndAsksTheNextCadreToTakeOver()
    {
        var day = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        var next = _w.Roster("1号岗", "16:00-22:00", Guo, Day3);
        _w.At(3, 8);
        _w.H.Say(Liu, "签到");
        _w.At(3, 15, 55);

        var sent = _w.H.Say(Liu, "交接 登记12 测温30 异常0，北门锁已换");

        var handover = _w.Reload(day).Handover!;
        Assert.Equal(["登记", "测温", "异常"], handover.Counts.Select(c => c.Label));
        Assert.Equal([12, 30, 0], handover.Counts.Select(c => c.Value));
        Assert.Contains(To(sent, Liu), t => t.Contains("已交班", StringComparison.Ordinal));
        var toGuo = Assert.Single(sent, m => m.To.ChatId == Guo);
        Assert.Contains("北门锁已换", toGuo.Text, StringComparison.Ordinal);
        Assert.Equal($"/takeover {day.Id}", toGuo.Buttons.Single().Single().Data);
        Assert.Null(_w.Reload(next).TookOverFromId);
    }

    [Fact]
    public void Chain_NextCadreSeesNoteOnSignIn_AndTakeoverRecordsBothSides()
    {
        var day = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        var next = _w.Roster("1号岗", "16:00-22:00", Guo, Day3);
        _w.At(3, 8);
        _w.H.Say(Liu, "签到");
        _w.At(3, 15, 50);
        _w.H.Say(Liu, "交接 测温41 一切正常");

        var signInReply = Assert.Single(_w.H.Say(Guo, "签到"));
        Assert.Contains("一切正常", signInReply.Text, StringComparison.Ordinal);
        Assert.Equal($"/takeover {day.Id}", signInReply.Buttons.Single().Single().Data);

        var sent = _w.H.Press(Guo, signInReply.Buttons[0][0].Data);

        Assert.Contains("已确认接班", To(sent, Guo)[^1], StringComparison.Ordinal);
        Assert.Contains(Guo, Single(sent, Liu), StringComparison.Ordinal);
        var h = _w.Reload(day).Handover!;
        Assert.Equal(Guo, h.TakenOverByName);
        Assert.Equal(day.Id, _w.Reload(next).TookOverFromId);
        Assert.Contains("已由", Single(_w.H.Say(Guo, $"接班 {day.Id}"), Guo), StringComparison.Ordinal);
    }

    [Fact]
    public void Takeover_TypedWithoutNumber_FindsThePreviousShiftsHandover()
    {
        var day = _w.Roster("2号岗", "08:00-16:00", Liu, Day3);
        _w.Roster("2号岗", "16:00-23:00", Wang, Day3);
        _w.At(3, 8);
        _w.H.Say(Liu, "签到");
        _w.At(3, 15, 45);
        _w.H.Say(Liu, "交接");

        var reply = To(_w.H.Say(Wang, "接班"), Wang)[0];

        Assert.Contains(Liu, reply, StringComparison.Ordinal);
        Assert.Equal(Wang, _w.Reload(day).Handover!.TakenOverByName);
    }

    [Fact]
    public void Handover_WithoutSignIn_IsRefused()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 9);

        var reply = Single(_w.H.Say(Liu, "交接 无"), Liu);

        Assert.Contains("签到", reply, StringComparison.Ordinal);
        Assert.False(_w.Reload(e).IsHandedOver);
    }

    [Fact]
    public void Takeover_OfOwnHandover_IsRefused()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8);
        _w.H.Say(Liu, "签到");
        _w.H.Say(Liu, "交接 ok");

        var reply = Single(_w.H.Say(Liu, $"接班 {e.Id}"), Liu);

        Assert.Contains("自己", reply, StringComparison.Ordinal);
        Assert.Null(_w.Reload(e).Handover!.TakenOverById);
    }

    [Fact]
    public void ShiftEndingWithNoHandover_IsRecordedAsSuch()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8);
        _w.H.Say(Liu, "签到");
        _w.At(3, 16, 15);

        _w.Reminders.RunDue();

        Assert.True(_w.Reload(e).HandoverMissed);
        Assert.False(_w.Reload(e).IsHandedOver);
    }

    public void Dispose() => _w.Dispose();
}
