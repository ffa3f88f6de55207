using static Bot.Tests.Shifts.ShiftsWorld;

namespace Bot.Tests.Shifts;

/// <summary>Cadres' everyday wording for signing in and out (issue #13).</summary>
public sealed class SignInPhrasingTests : IDisposable
{
    private static readonly DateOnly Day3 = new(2026, 3, 3);
    private readonly ShiftsWorld _w = new();

    [Theory]
    [InlineData("签到 一号岗")]
    [InlineData("1号岗签到")]
    [InlineData("一号岗到岗")]
    [InlineData("【签到】1号岗")]
    [InlineData("在1号岗打卡")]
    public void SignIn_NamingThePointAnyWay_SignsInThere(string text)
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8);

        var reply = To(_w.H.Say(Liu, text), Liu)[0];

        Assert.Contains("已签到", reply, StringComparison.Ordinal);
        Assert.True(_w.Reload(e).IsSignedIn);
    }

    [Theory]
    [InlineData("打卡")]
    [InlineData("到岗")]
    [InlineData("我到岗了")]
    [InlineData("上班打卡")]
    public void SignIn_InEverydayWords(string text)
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8);

        _w.H.Say(Liu, text);

        Assert.True(_w.Reload(e).IsSignedIn);
    }

    [Theory]
    [InlineData("签退")]
    [InlineData("下班了")]
    public void SignOut_InEverydayWords_HandsOver(string text)
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8);
        _w.H.Say(Liu, "签到");
        _w.At(3, 15, 55);

        _w.H.Say(Liu, text);

        Assert.True(_w.Reload(e).IsHandedOver);
    }

    [Fact]
    public void WhileTheLocationIsAwaited_AnEverydayPhrasingStillRuns()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8);
        _w.H.Say(Liu, "签到");

        var reply = Single(_w.H.Say(Liu, "我的值班"), Liu);

        Assert.StartsWith("您的班次", reply, StringComparison.Ordinal);
    }

    public void Dispose() => _w.Dispose();
}
