using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Texts;

namespace Bot.Core.Messaging.Intents;

/// <summary>Reads a command's arguments from what stands before and after the phrase that named it.</summary>
internal static partial class IntentArguments
{
    /// <summary>
    /// The arguments, or null when the phrase needs a number and there is none. <paramref name="penalty"/> says how
    /// much the leftovers lower the confidence (words that fit no argument).
    /// </summary>
    public static string? Read(IntentArgs kind, string before, string after, IReadOnlySet<string> empty, out double penalty, bool needsNumber = false)
    {
        penalty = 0;
        var rest = Join(IntentText.TrimFiller(before), IntentText.TrimFiller(after));
        switch (kind)
        {
            case IntentArgs.None:
                if (IntentText.WithoutFiller(rest).Length > 0)
                {
                    penalty = 0.15;
                }

                return needsNumber && Number(rest, out _) is null ? null : "";

            case IntentArgs.Number:
                // The number stands before the phrase (12号已送达) or after it (送到了 12); what follows is an amount or a reason.
                var id = Number(before, out _) is { } first ? first : Number(after, out after);
                if (id is not null)
                {
                    var tail = Tail(after);
                    return tail.Length > 0 ? id + " " + tail : id;
                }

                if (needsNumber)
                {
                    return null;
                }

                penalty = IntentText.WithoutFiller(rest).Length > 0 ? 0.15 : 0;
                return "";

            case IntentArgs.Place:
                return PlaceWords().Replace(rest, "").Trim();

            default:
                if (needsNumber && Number(rest, out _) is null)
                {
                    return null;
                }

                // What follows the verb is the argument (买点 <b>白菜</b>); what stands before it is context (家里没菜了).
                var following = IntentText.TrimFiller(after);
                return empty.Contains(following) ? "" : following;
        }
    }

    /// <summary>
    /// The arguments of a leading keyword, tidied where the handler could not have used them anyway: trailing
    /// particles or punctuation alone (代购吧, 签到！) become nothing, a command without arguments takes none, and a
    /// request number written 十二号 or #12 is read as 12.
    /// </summary>
    public static string Refine(IntentArgs kind, string args, IReadOnlySet<string> empty)
    {
        if (args.Length == 0 || kind == IntentArgs.None || IntentText.Clean(args).Length == 0 || ParticlesOnly().IsMatch(args)
            || (kind == IntentArgs.Rest && empty.Contains(IntentText.Clean(args))))
        {
            return "";
        }

        if (kind == IntentArgs.Number && !char.IsAsciiDigit(args[0]) && Number(args, out var remaining) is { } id)
        {
            var tail = Tail(remaining);
            return tail.Length > 0 ? id + " " + tail : id;
        }

        return args;
    }

    /// <summary>What follows a request number: an amount or a reason; filler and a stray 单/号 go.</summary>
    private static string Tail(string remaining)
    {
        var tail = IntentText.TrimFiller(remaining).Trim('单', '單', '号', '號', ' ');
        return IntentText.WithoutFiller(tail).Length == 0 ? "" : tail;
    }

    /// <summary>The first request number in the text (12, #12, 12号, 十二号, No.12), and the text without it.</summary>
    public static string? Number(string text, out string remaining)
    {
        var m = DigitsPattern().Match(text);
        if (!m.Success)
        {
            m = NumeralsPattern().Match(text);
        }

        if (!m.Success)
        {
            remaining = text;
            return null;
        }

        var digits = ChineseNumerals.ToArabic(m.Groups["n"].Value);
        remaining = (text[..m.Index] + " " + text[(m.Index + m.Length)..]).Trim();
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n.ToString(CultureInfo.InvariantCulture)
            : null;
    }

    private static string Join(string a, string b) => a.Length == 0 ? b : b.Length == 0 ? a : a + " " + b;

    [GeneratedRegex(@"(?:#|no\.?\s*|第|单号|單號)?\s*(?<![0-9.])(?<n>\d{1,7})\s*(?:号|號|单|單)?(?![0-9.])", RegexOptions.IgnoreCase)]
    private static partial Regex DigitsPattern();

    [GeneratedRegex(@"(?:第|单号|單號)?(?<n>[一二三四五六七八九十百两兩零〇]{1,6})(?:号|號|单|單|(?=\s|$))")]
    private static partial Regex NumeralsPattern();

    [GeneratedRegex(@"^(?:在|到|去)\s*|\s*(?:点位|點位)?(?:上|那边|那邊)?$")]
    private static partial Regex PlaceWords();

    [GeneratedRegex(@"^[\p{P}\s吧呢啊呀吗嗎了哦喔嘛你您们們]*$")]
    private static partial Regex ParticlesOnly();
}
