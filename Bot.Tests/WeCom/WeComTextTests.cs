using System.Text;
using Bot.Host.Channels.WeCom;
using CsCheck;

namespace Bot.Tests.WeCom;

public sealed class WeComTextTests
{
    [Fact]
    public void SplitBytes_KeepsEveryPartWithinTheByteLimit_AndLosesNoCharacter()
    {
        Gen.String[Gen.Char['一', '龥'], 0, 3000].Select(Gen.Int[1, 5]).Sample((text, every) =>
        {
            var withBreaks = string.Concat(text.Select((c, i) => i % (every * 97) == 0 ? "\n" + c : c.ToString()));
            var parts = WeComMessageFormatter.SplitBytes(withBreaks, 2048);
            return parts.All(p => Encoding.UTF8.GetByteCount(p) <= 2048)
                && string.Concat(parts).Replace("\n", "", StringComparison.Ordinal) == withBreaks.Replace("\n", "", StringComparison.Ordinal);
        }, iter: 100);
    }

    [Fact]
    public void SplitBytes_NeverCutsAnEmojiInHalf()
    {
        var text = string.Concat(Enumerable.Repeat("😷", 1000));

        var parts = WeComMessageFormatter.SplitBytes(text, 2048);

        Assert.All(parts, p => Assert.False(char.IsHighSurrogate(p[^1])));
        Assert.Equal(text, string.Concat(parts));
    }

    [Fact]
    public void DefaultCharLimit_TimesThreeBytes_FitsWeComsByteLimit()
    {
        var options = new WeComOptions();

        Assert.True(options.MaxTextLength * 3 <= WeComMessageFormatter.MaxTextBytes);
        Assert.Equal(options.MaxTextLength, WeComChannelExtensions.Limits(options).MaxTextLength);
    }

    [Theory]
    [InlineData("@小助手 帮助", "帮助")]
    [InlineData("＠值班机器人　接单 12", "接单 12")]
    [InlineData("帮助", "帮助")]
    public void StripMention_RemovesTheLeadingBotMention(string text, string expected) =>
        Assert.Equal(expected, WeComBotInbound.StripMention(text));
}
