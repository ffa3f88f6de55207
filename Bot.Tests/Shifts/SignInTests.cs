using Bot.Core.Shifts;
using static Bot.Tests.Shifts.ShiftsWorld;

namespace Bot.Tests.Shifts;

public sealed class SignInTests : IDisposable
{
    private static readonly DateOnly Day3 = new(2026, 3, 3);
    private readonly ShiftsWorld _w = new();

    [Fact]
    public void SignIn_BeforeWindowOpens_IsRefusedWithOpeningTime()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 7, 20);

        var reply = Single(_w.H.Say(Liu, "签到"), Liu);

        Assert.Contains("03-03 07:30", reply, StringComparison.Ordinal);
        Assert.False(_w.Reload(e).IsSignedIn);
    }

    [Fact]
    public void SignIn_HalfHourBeforeStart_IsOnTime()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 7, 30);

        var reply = To(_w.H.Say(Liu, "签到"), Liu)[0];

        Assert.Contains("已签到", reply, StringComparison.Ordinal);
        var signIn = _w.Reload(e).SignIn!;
        Assert.Equal(0, signIn.LateMinutes);
    }

    [Fact]
    public void SignIn_WithinGracePeriod_IsNotLate()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8, 5);

        _w.H.Say(Liu, "签到 1号岗");

        Assert.Equal(0, _w.Reload(e).SignIn!.LateMinutes);
    }

    [Fact]
    public void SignIn_AfterShiftStart_IsMarkedLateWithMinutes()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8, 12);

        var reply = To(_w.H.Say(Liu, "/signin"), Liu)[0];

        Assert.Equal(12, _w.Reload(e).SignIn!.LateMinutes);
        Assert.Contains("迟到 12分钟", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void SignIn_AfterShiftEnd_IsRefused()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 16, 1);

        var reply = Single(_w.H.Say(Liu, "簽到 1号岗"), Liu);

        Assert.Contains("16:00", reply, StringComparison.Ordinal);
        Assert.False(_w.Reload(e).IsSignedIn);
    }

    [Fact]
    public void SignIn_NightShiftAcrossMidnight_EndsNextDayAndAcceptsAfterMidnight()
    {
        var e = _w.Roster("2号岗", "22:00-07:00", Guo, Day3);
        Assert.Equal(new DateTime(2026, 3, 3, 14, 0, 0), e.StartUtc);
        Assert.Equal(new DateTime(2026, 3, 3, 23, 0, 0), e.EndUtc);
        _w.At(4, 0, 30);

        _w.H.Say(Guo, "签到");

        var signIn = _w.Reload(e).SignIn!;
        Assert.Equal(150, signIn.LateMinutes);
        _w.At(4, 7, 1);
        Assert.Contains("07:00", To(_w.H.Say(Guo, "签到 2号岗"), Guo)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void SignIn_WithTwoOpenShifts_OffersOneButtonPerPoint()
    {
        _w.Roster("1号岗", "08:00-12:00", Liu, Day3);
        _w.Roster("消杀组", "08:30-09:30", Liu, Day3);
        _w.At(3, 8, 0);

        var reply = Assert.Single(_w.H.Say(Liu, "签到"));

        var data = reply.Buttons.SelectMany(r => r).Select(b => b.Data).ToList();
        Assert.Equal(["/signin 1号岗", "/signin 消杀组"], data);
        Assert.All(data, d => Assert.True(System.Text.Encoding.UTF8.GetByteCount(d) <= 64));
        _w.H.Press(Liu, data[1]);
        Assert.True(_w.Store.OfCadre(_w.H.People.FindByName(Liu)!.Id).Single(x => x.PointName == "消杀组").IsSignedIn);
    }

    [Fact]
    public void SignIn_OnUncoveredPointNotRostered_IsSubstitutionFlaggedForSecretary()
    {
        var absent = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8, 40);

        var sent = _w.H.Say(Guo, "签到 北门");

        Assert.Contains("替班", To(sent, Guo)[0], StringComparison.Ordinal);
        Assert.Contains(Guo, Single(sent, Secretary), StringComparison.Ordinal);
        var sub = _w.Store.AtPoint(absent.PointId).Single(e => e.Substitution);
        Assert.Equal(absent.Id, sub.CoversEntryId);
        Assert.True(sub.IsSignedIn);
    }

    [Fact]
    public void SignIn_OnCoveredPointNotRostered_IsRefusedWithTheReason()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8, 0);
        _w.H.Say(Liu, "签到");

        var reply = Single(_w.H.Say(Guo, "签到 1号岗"), Guo);

        Assert.Contains("没有排在", reply, StringComparison.Ordinal);
        Assert.Contains(Liu, reply, StringComparison.Ordinal);
        Assert.DoesNotContain(_w.Store.AtPoint("静园社区/1号岗"), e => e.Substitution);
    }

    [Fact]
    public void SignIn_LocationSentAfterward_InsideRadius_IsRecordedAsProof()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 7, 55);
        _w.H.Say(Liu, "签到");
        _w.H.Time.Advance(TimeSpan.FromMinutes(2));

        var reply = Single(_w.H.Deliver(_w.H.Message(Liu, null) with { Location = new(39.1190, 117.1962) }), Liu);

        var signIn = _w.Reload(e).SignIn!;
        Assert.Equal(LocationProof.Inside, signIn.Proof);
        Assert.InRange(signIn.DistanceMeters!.Value, 1, 150);
        Assert.Contains("范围内", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void SignIn_WithLocationOutsideRadius_IsAcceptedButFlagged()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 7, 55);

        var reply = To(_w.H.Deliver(_w.H.Message(Liu, "签到") with { Location = new(39.1300, 117.1960) }), Liu)[0];

        var signIn = _w.Reload(e).SignIn!;
        Assert.Equal(LocationProof.Outside, signIn.Proof);
        Assert.True(signIn.DistanceMeters > 1000);
        Assert.Contains("超出", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void SignIn_AnotherCommandWhileWaitingForLocation_RunsThatCommand()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 7, 55);
        _w.H.Say(Liu, "签到");

        var reply = Single(_w.H.Say(Liu, "我的班次"), Liu);

        Assert.Contains("1号岗", reply, StringComparison.Ordinal);
        Assert.Contains("已签到", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void SignIn_ByResident_IsRefusedByRole()
    {
        _w.At(3, 8);

        var reply = Single(_w.H.Say(Resident, "签到 1号岗"), Resident);

        Assert.Contains("仅限", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void SignIn_ByCadreOfAnotherCommunity_IsRefused()
    {
        _w.H.AddPerson("外社区干部", Bot.Core.People.Role.Cadre, community: "南营门社区");
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8, 30);

        var privately = Single(_w.H.Say("外社区干部", "签到 1号岗"), "外社区干部");
        var inGroup = Assert.Single(_w.H.Say("外社区干部", "签到 1号岗", CadresGroup));

        Assert.Contains("没有找到点位", privately, StringComparison.Ordinal);
        Assert.Contains("静园社区", inGroup.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(_w.Store.AtPoint("静园社区/1号岗"), e => e.IsSignedIn);
    }

    public void Dispose() => _w.Dispose();
}
