using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Notices;

/// <summary>
/// Reads when a notice should go, in local time: <c>2026-03-05 20:00</c>, <c>2026/3/5 20:00</c>, <c>3-5 20:00</c>,
/// <c>3月5日 20:00</c>, <c>明天 20:00</c>, <c>20:00</c> (today), <c>20点</c>.
/// </summary>
internal static partial class NoticeTimeParser
{
    public static bool TryParse(string text, DateOnly today, out DateOnly date, out TimeOnly time)
    {
        date = today;
        time = default;
        var m = Pattern().Match((text ?? "").Trim());
        if (!m.Success)
        {
            return false;
        }

        var hour = Int(m.Groups["h"].Value);
        var minute = m.Groups["min"].Success ? Int(m.Groups["min"].Value) : 0;
        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        if (m.Groups["rel"].Success)
        {
            date = today.AddDays(m.Groups["rel"].Value.ToLowerInvariant() switch
            {
                "明天" or "明日" or "tomorrow" => 1,
                "后天" or "後天" => 2,
                _ => 0,
            });
            return true;
        }

        if (!m.Groups["mo"].Success)
        {
            return true;
        }

        var year = m.Groups["y"].Success ? Int(m.Groups["y"].Value) : today.Year;
        var month = Int(m.Groups["mo"].Value);
        var day = Int(m.Groups["d"].Value);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        if (!m.Groups["y"].Success && date < today)
        {
            date = date.AddYears(1);
        }

        return true;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?:(?:(?<y>\d{4})\s*[-/.年]\s*)?(?<mo>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*[日号號]?\s*|(?<rel>今天|今日|明天|明日|后天|後天|today|tomorrow)\s*)?(?<h>\d{1,2})\s*(?:[:点點時时]\s*(?<min>\d{1,2})?\s*分?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
