using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Tests.Texts;

public sealed class DurationsTests
{
    [Theory]
    [InlineData(569, Language.ZhHans, "9小时29分")]
    [InlineData(569, Language.ZhHant, "9小時29分")]
    [InlineData(569, Language.English, "9 h 29 min")]
    [InlineData(120, Language.ZhHans, "2小时")]
    [InlineData(25, Language.ZhHans, "25分钟")]
    [InlineData(25, Language.English, "25 min")]
    [InlineData(0, Language.ZhHant, "0分鐘")]
    public void Minutes_ReadAsHoursAndMinutes(int minutes, Language language, string expected)
    {
        Assert.Equal(expected, Durations.FromMinutes(minutes, language));
        Assert.Equal(expected, Durations.Format(TimeSpan.FromMinutes(minutes), language));
    }

    [Fact]
    public void Format_RoundsToTheMinute() =>
        Assert.Equal("1小时30分", Durations.Format(TimeSpan.FromSeconds(90 * 60 - 20), Language.ZhHans));
}
