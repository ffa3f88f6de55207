using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Messaging;

public sealed class RouterTests : IDisposable
{
    private readonly BotHarness _bot = new();

    private CommandRouter Router => _bot.Get<CommandRouter>();

    [Theory]
    [InlineData("帮助", "help", "")]
    [InlineData("幫助", "help", "")]
    [InlineData("help", "help", "")]
    [InlineData("HELP", "help", "")]
    [InlineData("/help", "help", "")]
    [InlineData("/help@DutyBot", "help", "")]
    [InlineData("／ｈｅｌｐ", "help", "")]
    [InlineData("  帮助  ", "help", "")]
    [InlineData("邀请 干部", "invite", "干部")]
    [InlineData("邀請　幹部", "invite", "幹部")]
    [InlineData("邀请：干部", "invite", "干部")]
    [InlineData("邀请，干部", "invite", "干部")]
    [InlineData("/invite cadre", "invite", "cadre")]
    [InlineData("加入ＡＢＣＤ１２３４", "join", "ABCD1234")]
    [InlineData("绑定本群 干部群", "bindgroup", "干部群")]
    [InlineData("/bindgroup@DutyBot   residents", "bindgroup", "residents")]
    [InlineData("bind group residents", "bindgroup", "residents")]
    public void Match_NormalisesKeywordsAndArguments(string input, string command, string args)
    {
        var match = Router.Match(InputNormalizer.Normalize(input));

        Assert.NotNull(match);
        Assert.Equal(command, match.Handler.Spec.Name);
        Assert.Equal(args, match.Args);
    }

    [Theory]
    [InlineData("")]
    [InlineData("今天天气不错")]
    [InlineData("helpme")]
    [InlineData("/nosuchcommand")]
    public void Match_UnknownInput_IsNull(string input) =>
        Assert.Null(Router.Match(InputNormalizer.Normalize(input)));

    [Fact]
    public void Normalize_FullWidthHashAndDigits_BecomeAscii() =>
        Assert.Equal("#12", InputNormalizer.Normalize("＃１２"));

    [Fact]
    public void Match_TraditionalKeyword_ImpliesTraditionalReplies()
    {
        var match = Router.Match(InputNormalizer.Normalize("幫助"));

        Assert.Equal(Language.ZhHant, match!.Language);
    }

    [Fact]
    public void Registry_RejectsADuplicateSlashCommand()
    {
        var handlers = _bot.Services.GetServices<ICommandHandler>().ToList();
        handlers.Add(handlers[0]);

        Assert.Throws<InvalidOperationException>(() => new CommandRouter(handlers));
    }

    public void Dispose() => _bot.Dispose();
}
