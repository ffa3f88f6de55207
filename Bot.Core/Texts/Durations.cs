using Bot.Core.People;

namespace Bot.Core.Texts;

/// <summary>
/// A duration as people read it, rounded to the minute: <c>9小时29分</c> / <c>9小時29分</c> / <c>9 h 29 min</c>,
/// <c>2小时</c>, <c>25分钟</c>. Never a bare count of minutes such as 569′.
/// </summary>
public static class Durations
{
    public static readonly Text HoursMinutes = new("{0}小时{1}分", "{0}小時{1}分", "{0} h {1} min");
    public static readonly Text Hours = new("{0}小时", "{0}小時", "{0} h");
    public static readonly Text Minutes = new("{0}分钟", "{0}分鐘", "{0} min");

    public static string Format(TimeSpan span, Language language) =>
        FromMinutes((int)Math.Round(Math.Max(0, span.TotalMinutes), MidpointRounding.AwayFromZero), language);

    public static string FromMinutes(int minutes, Language language)
    {
        var m = Math.Max(0, minutes);
        if (m < 60)
        {
            return Minutes.Format(language, m);
        }

        return m % 60 == 0 ? Hours.Format(language, m / 60) : HoursMinutes.Format(language, m / 60, m % 60);
    }
}
