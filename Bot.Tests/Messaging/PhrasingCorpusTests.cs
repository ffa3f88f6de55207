using System.Globalization;
using System.Text.Json;
using Bot.Core.Messaging;
using Bot.Core.Messaging.Intents;
using Bot.Core.People;
using Bot.Host.Cli;
using Bot.Tests.Support;
using Xunit.Abstractions;

namespace Bot.Tests.Messaging;

/// <summary>
/// The phrasing corpus (<c>Data/phrasing/corpus.tsv</c>: everyday wordings per command, 简/繁/English, full-width,
/// fillers, the argument before or after the verb, brackets, one-character typos) run through the recogniser that
/// <c>parse</c> prints; the hit rate is printed and must stay at or above 95 %.
/// </summary>
public sealed class PhrasingCorpusTests(ITestOutputHelper output) : IDisposable
{
    private readonly BotHarness _bot = FeatureHarness.Create();

    private IntentRecognizer Recognizer => _bot.Get<IntentRecognizer>();

    [Fact]
    public void Corpus_ReachesTheRightCommandAndArguments_AtLeast95Percent()
    {
        var lines = Corpus().ToList();
        var misses = new List<string>();
        foreach (var (role, text, command, args) in lines)
        {
            var json = JsonDocument.Parse(CliCommands.Parse(Recognizer, text, role)).RootElement;
            var gotCommand = json.GetProperty("command").GetString();
            var gotArgs = json.GetProperty("args").GetString();
            if (gotCommand != command || gotArgs != args)
            {
                misses.Add($"  {role,-9} {text} → {gotCommand ?? "(" + json.GetProperty("decision").GetString() + ")"} [{gotArgs}], expected {command} [{args}]");
            }
        }

        var rate = 1.0 - (double)misses.Count / lines.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"phrasing corpus: {lines.Count - misses.Count}/{lines.Count} = {rate:P1}"));
        misses.ForEach(output.WriteLine);
        Assert.True(lines.Count >= 250, $"the corpus has only {lines.Count} phrasings");
        Assert.True(rate >= 0.95, $"hit rate {rate:P1}:\n{string.Join('\n', misses)}");
    }

    [Theory]
    [InlineData("今天天气不错")]
    [InlineData("我明天再说")]
    [InlineData("好的")]
    [InlineData("哈哈哈")]
    [InlineData("这个东西不错")]
    [InlineData("ok")]
    public void ChitChat_IsNotACommand(string text)
    {
        var result = Recognizer.Recognize(InputNormalizer.Normalize(text), Role.Resident);

        Assert.Null(result.Decision);
    }

    [Theory]
    [InlineData("谢谢", "thanks")]
    [InlineData("你好", "start")]
    [InlineData("谢谢你们的帮助", "thanks")]
    public void Courtesies_GetTheFriendlyAnswer_NotAPurchase(string text, string command)
    {
        var result = Recognizer.Recognize(InputNormalizer.Normalize(text), Role.Resident);

        Assert.Equal(command, result.Decision?.Handler.Spec.Name);
    }

    [Fact]
    public void OneCharacterPhraseInTheMiddle_IsOfferedNotRun()
    {
        var result = Recognizer.Recognize(InputNormalizer.Normalize("我昨天买了菜"), Role.Resident);

        Assert.Null(result.Decision);
        Assert.Equal("buy", Assert.Single(result.Choices).Handler.Spec.Name);
    }

    [Fact]
    public void TwoPlausibleCommands_AreBothOffered()
    {
        var result = Recognizer.Recognize(InputNormalizer.Normalize("订单"), Role.Resident);

        Assert.Null(result.Decision);
        Assert.Equal(["buy", "mybuys"], result.Choices.Select(c => c.Handler.Spec.Name).Order());
    }

    [Fact]
    public void Parse_ShowsDecisionConfidenceAndAlternatives()
    {
        var json = JsonDocument.Parse(CliCommands.Parse(Recognizer, "12号已送达", Role.Cadre)).RootElement;

        Assert.Equal("run", json.GetProperty("decision").GetString());
        Assert.Equal("delivered", json.GetProperty("command").GetString());
        Assert.Equal("12", json.GetProperty("args").GetString());
        Assert.InRange(json.GetProperty("confidence").GetDouble(), IntentResult.Sure, 1);
        Assert.Equal(JsonValueKind.Array, json.GetProperty("alternatives").ValueKind);
    }

    private static IEnumerable<(Role Role, string Text, string Command, string Args)> Corpus()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Data", "phrasing", "corpus.tsv");
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            yield return (Enum.Parse<Role>(cells[0], ignoreCase: true), cells[1], cells[2], cells.Length > 3 ? cells[3] : "");
        }
    }

    public void Dispose() => _bot.Dispose();
}
