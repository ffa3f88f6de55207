using System.Globalization;
using Bot.Core.Configuration;

namespace Bot.Core.Shifts;

/// <summary>Local times as people read them.</summary>
internal static class ShiftFormat
{
    public static string Time(BotClock clock, DateTime utc) =>
        clock.ToLocal(utc).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string DateTime(BotClock clock, DateTime utc) =>
        clock.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string ShortDateTime(BotClock clock, DateTime utc) =>
        clock.ToLocal(utc).ToString("MM-dd HH:mm", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A button whose data is the command line, or null when the line is longer than a button may carry.</summary>
    public static Messaging.Button? Button(string label, string data) =>
        System.Text.Encoding.UTF8.GetByteCount(data) <= Messaging.Button.MaxDataBytes ? new Messaging.Button(label, data) : null;
}
