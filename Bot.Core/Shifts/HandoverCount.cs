using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.Shifts;

/// <summary>One figure of a handover note, such as 测温30.</summary>
internal sealed partial class HandoverCount
{
    public string Label { get; set; } = "";

    public int Value { get; set; }

    /// <summary>Every "word number" pair in the note (登记12, 测温 30, checked: 5).</summary>
    public static List<HandoverCount> Parse(string note)
    {
        var list = new List<HandoverCount>();
        foreach (Match m in Pair().Matches(note ?? ""))
        {
            if (int.TryParse(m.Groups[2].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                list.Add(new HandoverCount { Label = m.Groups[1].Value, Value = value });
            }
        }

        return list;
    }

    [GeneratedRegex(@"(\p{L}+)\s*[:=]?\s*(\d{1,7})(?!\d)")]
    private static partial Regex Pair();
}
