using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Configuration;

namespace Bot.Core.Shifts;

/// <summary>A shift's local start and end (08:00–16:00); an end at or before the start is on the next day (22:00–07:00).</summary>
internal readonly partial record struct ShiftTemplate(TimeOnly Start, TimeOnly End)
{
    public bool CrossesMidnight => End <= Start;

    public TimeSpan Length => CrossesMidnight ? End - Start + TimeSpan.FromDays(1) : End - Start;

    /// <summary>The start and end instants of this shift on a local date.</summary>
    public (DateTimeOffset Start, DateTimeOffset End) On(BotClock clock, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var start = clock.At(date, Start);
        var end = clock.At(CrossesMidnight ? date.AddDays(1) : date, End);
        return (start, end);
    }

    public override string ToString() =>
        $"{Start.ToString("HH:mm", CultureInfo.InvariantCulture)}-{End.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>Reads 08:00-16:00, 8:00~16:00, 22-7, 8点至16点.</summary>
    public static bool TryParse(string? text, out ShiftTemplate shift)
    {
        shift = default;
        var m = Pattern().Match((text ?? "").Trim());
        if (!m.Success || !TryTime(m.Groups[1].Value, m.Groups[2].Value, out var start) || !TryTime(m.Groups[3].Value, m.Groups[4].Value, out var end))
        {
            return false;
        }

        shift = new ShiftTemplate(start, end);
        return start != end;
    }

    /// <summary>Reads one time of day: 08:00, 8:00, 8, 23:59.</summary>
    public static bool TryParseTime(string? text, out TimeOnly time)
    {
        time = default;
        var m = TimePattern().Match((text ?? "").Trim());
        return m.Success && TryTime(m.Groups[1].Value, m.Groups[2].Value, out time);
    }

    private static bool TryTime(string hours, string minutes, out TimeOnly time)
    {
        time = default;
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var min = minutes.Length == 0 ? 0 : int.Parse(minutes, CultureInfo.InvariantCulture);
        if (h == 24 && min == 0)
        {
            h = 0;
        }

        if (h > 23 || min > 59)
        {
            return false;
        }

        time = new TimeOnly(h, min);
        return true;
    }

    [GeneratedRegex(@"^(\d{1,2})(?:[:点點](\d{2}))?[点點]?\s*(?:-|~|至|到|—|–|to)\s*(\d{1,2})(?:[:点點](\d{2}))?[点點]?$")]
    private static partial Regex Pattern();

    [GeneratedRegex(@"^(\d{1,2})(?::(\d{2}))?$")]
    private static partial Regex TimePattern();
}
