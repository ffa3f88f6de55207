using Bot.Core.People;
using static Bot.Tests.Shifts.ShiftsWorld;

namespace Bot.Tests.Shifts;

public sealed class RosterChatTests : IDisposable
{
    private readonly ShiftsWorld _w = new();

    [Fact]
    public void Roster_BySecretary_AddsTheShift_AndTellsTheCadre()
    {
        var sent = _w.H.Say(Secretary, "排班 北门 2026-03-03 22:00-07:00 刘丰睿");

        Assert.Contains("已排班", To(sent, Secretary)[0], StringComparison.Ordinal);
        Assert.Contains("2026-03-03 22:00-07:00", Single(sent, Liu), StringComparison.Ordinal);
        var e = Assert.Single(_w.Store.AtPoint("静园社区/1号岗"));
        Assert.Equal(new DateTime(2026, 3, 3, 23, 0, 0), e.EndUtc);
    }

    [Fact]
    public void Roster_SameLineTwice_IsKeptOnce()
    {
        _w.H.Say(Secretary, "排班 1号岗 明天 8:00-16:00 郭洋");

        var reply = Single(_w.H.Say(Secretary, "排班 1号岗 2026-03-03 08:00-16:00 郭洋"), Secretary);

        Assert.Contains("已有", reply, StringComparison.Ordinal);
        Assert.Single(_w.Store.AtPoint("静园社区/1号岗"));
    }

    [Theory]
    [InlineData("排班 9号岗 明天 08:00-16:00 郭洋", "没有点位")]
    [InlineData("排班 1号岗 明天 08:00-16:00 不存在", "没有名为")]
    [InlineData("排班 1号岗 某天 08:00-16:00 郭洋", "不是日期")]
    [InlineData("排班 1号岗 明天 八点 郭洋", "不是班次")]
    [InlineData("排班 1号岗 明天", "用法")]
    public void Roster_BadInput_GetsAClearShortReply(string line, string expected)
    {
        Assert.Contains(expected, Single(_w.H.Say(Secretary, line), Secretary), StringComparison.Ordinal);
        Assert.Empty(_w.Store.AtPoint("静园社区/1号岗"));
    }

    [Fact]
    public void Roster_ByCadre_IsRefused()
    {
        Assert.Contains("仅限", Single(_w.H.Say(Liu, "排班 1号岗 明天 08:00-16:00 郭洋"), Liu), StringComparison.Ordinal);
    }

    [Fact]
    public void Roster_ByOtherCommunitysSecretary_CannotUseOurPointsOrPeople()
    {
        _w.H.AddPerson("外书记", Role.Secretary, community: "南营门社区");

        var reply = Single(_w.H.Say("外书记", "排班 1号岗 明天 08:00-16:00 郭洋"), "外书记");

        Assert.Contains("没有点位", reply, StringComparison.Ordinal);
        Assert.Empty(_w.Store.AtPoint("静园社区/1号岗"));
    }

    [Fact]
    public void CancelRoster_ByNumberOrLine_RemovesTheShift_AndTellsTheCadre()
    {
        var a = _w.Roster("1号岗", "08:00-16:00", Liu, new DateOnly(2026, 3, 3));
        _w.Roster("2号岗", "08:00-16:00", Guo, new DateOnly(2026, 3, 3));

        var sent = _w.H.Say(Secretary, $"取消排班 {a.Id}");
        _w.H.Say(Secretary, "取消排班 2号岗 2026-03-03 08:00-16:00 郭洋");

        Assert.Contains("已取消", To(sent, Secretary)[0], StringComparison.Ordinal);
        Assert.Contains("已取消", Single(sent, Liu), StringComparison.Ordinal);
        Assert.True(_w.Reload(a).Cancelled);
        Assert.Empty(_w.Store.Between("2026-03-03", "2026-03-03"));
    }

    [Fact]
    public void RosterList_ShowsTheDayWithNumbers()
    {
        var a = _w.Roster("1号岗", "08:00-16:00", Liu, new DateOnly(2026, 3, 3));

        var reply = Single(_w.H.Say(Secretary, "排班 明天"), Secretary);

        Assert.Contains($"#{a.Id} 1号岗 08:00-16:00 刘丰睿", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_ShowsOnDutyLateMissingAndUncoveredPoints()
    {
        _w.Roster("1号岗", "10:00-18:00", Liu);
        _w.Roster("2号岗", "10:00-18:00", Guo);
        _w.Roster("消杀组", "10:00-18:00", Wang);
        _w.At(2, 9, 50);
        _w.H.Say(Liu, "签到");
        _w.At(2, 10, 12);
        _w.H.Say(Wang, "签到");
        _w.At(2, 10, 30);

        var reply = Single(_w.H.Say(Secretary, "在岗"), Secretary);

        Assert.Contains("刘丰睿 在岗（09:50 签到）", reply, StringComparison.Ordinal);
        Assert.Contains("王芳 在岗（10:12 签到，迟到 12分钟）", reply, StringComparison.Ordinal);
        Assert.Contains("2号岗（点位值守）：⚠ 无人在岗；郭洋 未签到（已过 30分钟）", reply, StringComparison.Ordinal);
        Assert.Contains("共 3 个点位，1 个无人在岗。", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void MyShifts_ListsTheCadresNextShifts()
    {
        _w.Roster("1号岗", "22:00-07:00", Liu, new DateOnly(2026, 3, 3));
        _w.Roster("消杀组", "10:00-12:00", Liu);

        var reply = Single(_w.H.Say(Liu, "/myshifts"), Liu);

        Assert.True(reply.IndexOf("消杀组", StringComparison.Ordinal) < reply.IndexOf("1号岗", StringComparison.Ordinal));
        Assert.Contains("2026-03-03 22:00-07:00 1号岗（点位值守）", reply, StringComparison.Ordinal);
    }

    public void Dispose() => _w.Dispose();
}
