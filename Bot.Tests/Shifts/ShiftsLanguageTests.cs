using static Bot.Tests.Shifts.ShiftsWorld;

namespace Bot.Tests.Shifts;

public sealed class ShiftsLanguageTests : IDisposable
{
    private readonly ShiftsWorld _w = new();

    [Fact]
    public void SignIn_TypedInTraditional_IsAnsweredInTraditional()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, new DateOnly(2026, 3, 3));
        _w.At(3, 8, 20);

        var reply = To(_w.H.Say(Liu, "簽到"), Liu)[0];

        Assert.Contains("已簽到", reply, StringComparison.Ordinal);
        Assert.Contains("遲到 20分鐘", reply, StringComparison.Ordinal);
    }

    [Fact]
    public void Handover_TypedInEnglish_IsAnsweredInEnglish_AndCountsAreRead()
    {
        var e = _w.Roster("2号岗", "08:00-16:00", Guo, new DateOnly(2026, 3, 3));
        _w.At(3, 8);
        _w.H.Say(Guo, "sign in");

        var reply = To(_w.H.Say(Guo, "handover checked 12, fever 0"), Guo)[^1];

        Assert.Contains("Handed over: 2号岗", reply, StringComparison.Ordinal);
        Assert.Equal("checked12 fever0", _w.Reload(e).Handover!.CountsText);
    }

    public void Dispose() => _w.Dispose();
}
