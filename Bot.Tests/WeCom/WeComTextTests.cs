using System.Text;
using Bot.Core.Texts;
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

    [Theory]
    [InlineData(null, "▸ 接单：回复「/claim 12」")]
    [InlineData(Bot.Core.Texts.Language.ZhHant, "▸ 接单：回覆「/claim 12」")]
    [InlineData(Bot.Core.Texts.Language.English, "▸ 接单: reply \"/claim 12\"")]
    public void ButtonLines_AreInTheMessagesLanguage(Bot.Core.Texts.Language? language, string line)
    {
        var message = new Bot.Core.Messaging.OutgoingMessage
        {
            To = new Bot.Core.Messaging.ChatAddress("wecom", "user1", Bot.Core.Messaging.ChatKind.Private),
            Text = "李姨需要买菜",
            Buttons = [[new Bot.Core.Messaging.Button("接单", "/claim 12")]],
            Language = language,
        };

        Assert.Equal("李姨需要买菜\n" + line, WeComMessageFormatter.Render(message));
    }

    [Fact]
    public void MessageToAPerson_CarriesTheirLanguage_ThroughTheOutbox()
    {
        using var bot = new Support.BotHarness();
        var guo = bot.AddPerson("Guo", Bot.Core.People.Role.Cadre);
        guo.Language = Bot.Core.Texts.Language.English;
        guo.IdentityKeys.Add("wecom:guo");
        guo.LastChannel = "wecom";
        bot.People.Save(guo);

        bot.Get<Bot.Core.Messaging.Messenger>().ToPerson(guo, "Your shift starts at 08:00", [[new Bot.Core.Messaging.Button("Sign in", "/signin")]]);

        var record = Assert.Single(bot.Get<Bot.Core.Messaging.LiteDbOutbox>().All(), r => r.Text.StartsWith("Your shift", StringComparison.Ordinal));
        Assert.Equal(Bot.Core.Texts.Language.English, record.ToMessage().Language);
        Assert.EndsWith("reply \"/signin\"", WeComMessageFormatter.Render(record.ToMessage()), StringComparison.Ordinal);
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
