using System.Globalization;

namespace Bot.Core.Shifts;

/// <summary>Reads the dates people write: 2026-03-02, 2026/3/2, 3-2, 3月2日, 今天, 明天, 昨天, today, tomorrow.</summary>
internal static class ShiftDates
{
    private static readonly string[] FullFormats = ["yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd", "yyyy年M月d日"];
    private static readonly string[] ShortFormats = ["M-d", "M/d", "M.d", "M月d日", "M月d号"];

    public static bool TryParse(string? text, DateOnly today, out DateOnly date)
    {
        var t = (text ?? "").Trim().ToLowerInvariant();
        switch (t)
        {
            case "今天" or "今日" or "today":
                date = today;
                return true;
            case "明天" or "明日" or "tomorrow":
                date = today.AddDays(1);
                return true;
            case "昨天" or "昨日" or "yesterday":
                date = today.AddDays(-1);
                return true;
        }

        if (DateOnly.TryParseExact(t, FullFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        if (DateOnly.TryParseExact(t, ShortFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var shortDate))
        {
            date = new DateOnly(today.Year, shortDate.Month, shortDate.Day);
            return true;
        }

        date = default;
        return false;
    }
}
