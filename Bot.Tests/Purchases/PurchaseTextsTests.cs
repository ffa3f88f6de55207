using System.Reflection;
using System.Text.RegularExpressions;
using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Core.Texts;

namespace Bot.Tests.Purchases;

public sealed partial class PurchaseTextsTests : IDisposable
{
    private readonly PurchaseBot _bot = new();

    public static TheoryData<string> TextNames() =>
        new(typeof(PurchasesTexts).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.Name));

    [Theory]
    [MemberData(nameof(TextNames))]
    public void EveryText_HasAllThreeLanguages_WithTheSamePlaceholders(string name)
    {
        var text = (Text)typeof(PurchasesTexts).GetField(name)!.GetValue(null)!;

        Assert.All(new[] { text.ZhHans, text.ZhHant, text.En }, s => Assert.False(string.IsNullOrWhiteSpace(s)));
        Assert.Equal(Holes(text.ZhHans), Holes(text.ZhHant));
        Assert.Equal(Holes(text.ZhHans), Holes(text.En));
    }

    [Fact]
    public void TraditionalKeyword_StartsTheConversationInTraditionalChinese() =>
        Assert.Equal(PurchasesTexts.AskItems.ZhHant, _bot.Say(PurchaseBot.Resident, "代購").Single().Text);

    [Fact]
    public void EnglishSpeaker_GetsTheConversationInEnglish()
    {
        var person = _bot.Person(PurchaseBot.Resident);
        person.Language = Language.English;
        _bot.Harness.People.Save(person);

        var ask = _bot.Say(PurchaseBot.Resident, "/buy ibuprofen, 1 box").Single();

        Assert.Equal(PurchasesTexts.AskCategoryGuess.Format(Language.English, "Medicine"), ask.Text);
        Assert.Equal("✓ Medicine", ask.Buttons[0][0].Label);
    }

    private static string[] Holes(string s) => Hole().Matches(s).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal).ToArray();

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Hole();

    public void Dispose() => _bot.Dispose();
}
