using System.Reflection;
using System.Text.RegularExpressions;
using Bot.Core.Texts;

namespace Bot.Tests.Texts;

/// <summary>
/// Chinese texts use full-width punctuation (，：；（）！？); English texts keep theirs. Scans every <see cref="Text"/> of
/// Bot.Core and Bot.Host, so a new text cannot slip through.
/// </summary>
public sealed partial class ChinesePunctuationTests
{
    [Fact]
    public void EveryChineseText_UsesFullWidthPunctuation()
    {
        var texts = AllTexts().ToList();
        Assert.True(texts.Count > 300, $"only {texts.Count} texts found; the scan is not looking in the right place");

        var bad = texts
            .SelectMany(t => new[] { (t.Name, t.Text.ZhHans), (t.Name, t.Text.ZhHant) })
            .Where(t => HalfWidth().IsMatch(Stripped(t.Item2)))
            .Select(t => $"{t.Name}: {t.Item2}")
            .Distinct()
            .ToList();

        Assert.True(bad.Count == 0, "half-width punctuation in Chinese texts:\n" + string.Join('\n', bad));
    }

    [Fact]
    public void Help_InChinese_UsesFullWidthBrackets_AndInEnglishAsciiOnes()
    {
        using var bot = Bot.Tests.Support.FeatureHarness.Create();
        bot.AddPerson("张书记", Bot.Core.People.Role.Secretary);
        var anna = bot.AddPerson("Anna", Bot.Core.People.Role.Secretary);
        anna.Language = Bot.Core.Texts.Language.English;
        bot.People.Save(anna);

        var zh = Assert.Single(bot.Say("张书记", "帮助")).Text;
        var en = Assert.Single(bot.Say("Anna", "/help")).Text;

        Assert.Contains("• 在岗（/status）— ", zh, StringComparison.Ordinal);
        Assert.DoesNotContain(" (/", zh, StringComparison.Ordinal);
        Assert.Contains(" (/status) — ", en, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryEnglishText_UsesAsciiPunctuation()
    {
        var bad = AllTexts().Where(t => FullWidth().IsMatch(t.Text.En)).Select(t => $"{t.Name}: {t.Text.En}").Distinct().ToList();

        Assert.True(bad.Count == 0, "full-width punctuation in English texts:\n" + string.Join('\n', bad));
    }

    [Fact]
    public void TheScan_CatchesHalfWidthPunctuation_ButNotTimesCommandsOrLinks()
    {
        Assert.Matches(HalfWidth(), Stripped("迟到 5 分钟(已记录)"));
        Assert.Matches(HalfWidth(), Stripped("地址:3号楼"));
        Assert.Matches(HalfWidth(), Stripped("刘丰睿, 郭洋"));
        Assert.DoesNotMatch(HalfWidth(), Stripped("班次 08:00-16:00，发送 /notice_schedule 或 https://example.org/a?b=1,2 {0:0.0}"));
    }

    /// <summary>The text without what keeps ASCII punctuation on purpose: placeholders, times, slash commands, links.</summary>
    private static string Stripped(string text) => Allowed().Replace(text, " ");

    private static IEnumerable<(string Name, Text Text)> AllTexts() =>
        new[] { typeof(Text).Assembly, typeof(Bot.Host.Channels.Console.ConsoleOptions).Assembly }
            .SelectMany(a => a.GetTypes())
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => f.FieldType == typeof(Text))
                .Select(f => ($"{t.Name}.{f.Name}", (Text)f.GetValue(null)!)));

    [GeneratedRegex(@"[,:;()!?]")]
    private static partial Regex HalfWidth();

    [GeneratedRegex(@"[，：；（）！？。、]")]
    private static partial Regex FullWidth();

    [GeneratedRegex(@"\{[^}]*\}|https?://\S+|\d{1,2}:\d{2}|/[a-z_]+")]
    private static partial Regex Allowed();
}
