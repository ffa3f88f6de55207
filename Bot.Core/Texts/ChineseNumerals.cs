using System.Globalization;
using System.Text;

namespace Bot.Core.Texts;

/// <summary>
/// Reads Chinese numerals as people type them in addresses and commands: 三号楼二单元三零一 → 3号楼2单元301,
/// 十二 → 12, 两 → 2. A run with 十/百 is read by place value; a run of plain digits is read digit by digit.
/// </summary>
public static class ChineseNumerals
{
    private const string Digits = "零〇一二三四五六七八九";

    /// <summary>The text with every run of Chinese numerals replaced by Arabic digits.</summary>
    public static string ToArabic(string? text)
    {
        if (string.IsNullOrEmpty(text) || !text.Any(IsNumeral))
        {
            return text ?? "";
        }

        var sb = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsNumeral(text[i]))
            {
                sb.Append(text[i++]);
                continue;
            }

            var start = i;
            while (i < text.Length && IsNumeral(text[i]))
            {
                i++;
            }

            sb.Append(Read(text[start..i]));
        }

        return sb.ToString();
    }

    public static bool IsNumeral(char c) => Value(c) >= 0 || c is '十' or '百';

    private static string Read(string run)
    {
        if (!run.Contains('十') && !run.Contains('百'))
        {
            return string.Concat(run.Select(c => (char)('0' + Value(c))));
        }

        var total = 0;
        var current = 0;
        foreach (var c in run)
        {
            switch (c)
            {
                case '百':
                    total += Math.Max(current, 1) * 100;
                    current = 0;
                    break;
                case '十':
                    total += Math.Max(current, 1) * 10;
                    current = 0;
                    break;
                default:
                    current = current * 10 + Value(c);
                    break;
            }
        }

        return (total + current).ToString(CultureInfo.InvariantCulture);
    }

    private static int Value(char c) => c switch
    {
        '两' or '兩' => 2,
        _ => Digits.IndexOf(c, StringComparison.Ordinal) switch
        {
            < 0 => -1,
            0 or 1 => 0,
            var n => n - 1,
        },
    };
}
