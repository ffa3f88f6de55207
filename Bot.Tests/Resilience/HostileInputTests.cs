using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Tests.Support;
using CsCheck;

namespace Bot.Tests.Resilience;

/// <summary>
/// Random and mutated messages through the normaliser, the router and the whole pipeline (every conversation too):
/// nothing escapes as an exception and nothing the bot sends shows a stack trace.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly string[] Seeds =
    [
        "签到", "签到 1号岗", "交接 登记12 测温30 异常0", "代购", "买药", "接单 12", "党课 标题\n内容", "学习情况", "在岗", "帮助", "/help@bot",
        "邀请 干部", "加入 ABCD2345", "绑定本群 干部群", "社区 静园社区", "取消", "提交", "1号楼2单元301", "13812345678",
    ];

    private static readonly string[] Nasty =
    [
        "\u0000", "\u202E", "\uFEFF", "\uD800", "\uDC00", "😷", "👨‍👩‍👧‍👦", "Ｆｕｌｌｗｉｄｔｈ", "'; DROP TABLE people; --", "$where", "{\"$gt\":\"\"}",
        "<script>alert(1)</script>", "%s%n", "99999999999999999999999999", "-0", "\r\n", "\t", "@@@", "//", "/", "＃１２", "ﷺ", "𠀀𠀁", "\u0301\u0301",
    ];

    private readonly BotHarness _bot = FeatureHarness.Create();

    public HostileInputTests()
    {
        _bot.AddPerson("张书记", Role.Secretary);
        _bot.AddPerson("郭洋", Role.Cadre);
        _bot.AddPerson("李姨", Role.Resident);
        _bot.BindGroup("干部群", GroupPurpose.Cadres);
    }

    private static Gen<string> Text() => Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 300].Select(a => new string(a)),
        Gen.Int[0, Seeds.Length - 1].SelectMany(i => Gen.Int[0, Nasty.Length - 1].SelectMany(j => Gen.Int[0, 3].Select(k => k switch
        {
            0 => Seeds[i] + Nasty[j],
            1 => Nasty[j] + Seeds[i],
            2 => Seeds[i] + " " + Nasty[j] + Nasty[j],
            _ => Seeds[i],
        }))),
        Gen.Int[4000, 9000].Select(n => new string('测', n)));

    [Fact]
    public void Normalize_AndMatch_NeverThrow() =>
        Gen.String.Sample(s =>
        {
            var normalized = InputNormalizer.Normalize(s);
            _ = _bot.Get<CommandRouter>().Match(normalized);
        }, iter: 5000);

    [Fact]
    public void Pipeline_AnswersEveryRandomMessage_WithoutAStackTrace()
    {
        var people = new[] { ("张书记", (string?)null), ("郭洋", "干部群"), ("李姨", null), ("陌生人", null), ("郭洋", null) };
        Gen.Select(Text(), Gen.Int[0, people.Length - 1]).Sample((text, who) =>
        {
            var (name, group) = people[who];
            var replies = _bot.Say(name, text, group);
            foreach (var r in replies)
            {
                Assert.DoesNotContain("   at ", r.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", r.Text, StringComparison.Ordinal);
                Assert.DoesNotContain("处理这条消息时出错", r.Text, StringComparison.Ordinal);
            }
        }, iter: 1500, threads: 1);
    }

    public void Dispose() => _bot.Dispose();
}
