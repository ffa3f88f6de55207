using System.Text.RegularExpressions;

namespace Bot.Core.Messaging.Intents;

/// <summary>
/// The text clean-ups of the recogniser: brackets (【签到】), trailing particles and punctuation (吗/呢/吧/啊/了, ?!),
/// polite or filler openings (请问, 麻烦, 帮我, 我想, 我要 …) and filler words left around a phrase (一下, 点, 了 …).
/// </summary>
public static partial class IntentText
{
    /// <summary>Brackets become spaces, trailing particles and punctuation go.</summary>
    public static string Clean(string normalized)
    {
        var s = Brackets().Replace(normalized ?? "", " ");
        s = Spaces().Replace(s, " ").Trim();
        string before;
        do
        {
            before = s;
            s = Trailing().Replace(s, "").Trim();
        }
        while (s != before && s.Length > 0);

        return s;
    }

    /// <summary>Removes one polite or filler opening (请问 / 帮我 / 我想 / please …), or returns the text unchanged.</summary>
    public static string StripOpening(string text)
    {
        var m = Opening().Match(text);
        return m.Success && m.Length < text.Length ? text[m.Length..].TrimStart(' ', ',', ':') : text;
    }

    /// <summary>What is left once filler words and separators are removed (empty when only filler was left).</summary>
    public static string WithoutFiller(string text)
    {
        var s = Filler().Replace(text ?? "", " ");
        return Spaces().Replace(s, " ").Trim(' ', ',', ':', ';', '.', '-', '!', '?');
    }

    /// <summary>Separators and filler at both ends trimmed, the middle kept (items to buy keep their words).</summary>
    public static string TrimFiller(string text)
    {
        var s = (text ?? "").Trim(' ', ',', ':', ';', '.', '-', '!', '?');
        string before;
        do
        {
            before = s;
            s = EdgeFiller().Replace(s, "").Trim(' ', ',', ':', ';', '.', '-', '!', '?');
        }
        while (s != before && s.Length > 0);

        return s;
    }

    public static bool IsCjk(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    [GeneratedRegex(@"[【】\[\]「」『』《》〈〉()（）〔〕<>{}]")]
    private static partial Regex Brackets();

    [GeneratedRegex(@" {2,}")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"(?:[?!.~,;…]+|(?<=\p{IsCJKUnifiedIdeographs})(?:吗|嗎|呢|吧|啊|呀|哈|啦|了|哦|喔|嘛))$")]
    private static partial Regex Trailing();

    [GeneratedRegex(@"^(?:请问|請問|麻烦你|麻烦您|麻烦|麻煩你|麻煩您|麻煩|劳驾|勞駕|帮我|幫我|帮忙|幫忙|给我|給我|我想要|我想|我要|我来|我來|我得|我需要|想要|需要|想|要|请|請|那个|那個|嗯|喂|能不能|可以|可不可以|我(?![的們们])|please |pls |i want to |i'd like to |i would like to |can you |could you |i want |i need to |i need |let me |help me |i )+", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"请问|請問|麻烦|麻煩|帮我|幫我|帮忙|幫忙|一下|一下子|看看|我想|我要|我来|我來|现在|現在|马上|馬上|已经|已經|已|(?<![0-9])了|吧|呢|啊|呀|吗|嗎|请|請|我|谁|誰|要|想|给|給|的|\bplease\b|\bmy\b|\bi\b|\bthe\b|\bnow\b|\bshow\b|\bme\b", RegexOptions.IgnoreCase)]
    private static partial Regex Filler();

    [GeneratedRegex(@"^(?:一下|一点|一點|点儿|點兒|一些|些|点|點|了|吧|呢|啊|的|给我|給我|帮我|幫我|请|請)|(?:一下|了|吧|呢|啊|的)$")]
    private static partial Regex EdgeFiller();
}
