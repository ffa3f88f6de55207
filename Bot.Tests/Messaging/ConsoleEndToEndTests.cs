using Bot.Tests.Support;

namespace Bot.Tests.Messaging;

/// <summary>The built host as a child process, driven through its console channel like a newcomer would.</summary>
public sealed class ConsoleEndToEndTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));

    private string[] Args(params string[] more) =>
    [
        $"--Storage:LiteDbPath={Path.Combine(_folder, "bot.db")}",
        "--Urls=http://127.0.0.1:0",
        .. more,
    ];

    [Fact]
    public async Task ScriptedConversation_SeveralPeopleAndGroups_GetTheirReplies()
    {
        using var host = HostProcess.Start(Args());
        var exit = await host.RunScriptAsync("""
            # a comment line is ignored
            张书记: 帮助
            张书记@静园干部群: 绑定本群 干部群
            刘丰睿@静园干部群: /help@DutyBot
            郭洋: ＨＥＬＰ
            李姨: 语言 繁體
            李姨: 幫助
            陌生人: 加入 NOTACODE
            this line has no colon
            """);

        var output = host.Output;
        Assert.Equal(0, exit);
        Assert.Contains("[@张书记]\n可用的命令：", output, StringComparison.Ordinal);
        Assert.Contains("[静园干部群]\n本群已绑定为静园社区的干部群。", output, StringComparison.Ordinal);
        Assert.Contains("[@郭洋]\nWhat you can do:", output, StringComparison.Ordinal);
        Assert.Contains("[@李姨]\n已切換為繁體中文。", output, StringComparison.Ordinal);
        Assert.Contains("[@陌生人]\n邀请码无效，请核对后重试。", output, StringComparison.Ordinal);
        Assert.Contains("console line 9: expected 'NAME: text'", host.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Asia/Shanghai")]
    [InlineData("America/New_York")]
    public async Task ServerInAnotherTimeZone_StillAnswersAtOnce(string zone)
    {
        using var host = HostProcess.StartWith(new Dictionary<string, string> { ["TZ"] = zone }, Args("--Console:DrainTimeout=00:01:00"));
        var exit = await host.RunScriptAsync("张书记: 帮助\n");

        Assert.Equal(0, exit);
        Assert.Contains("[@张书记]\n可用的命令：", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("gave up waiting", host.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ButtonPress_IsTypedAsItsData()
    {
        using var host = HostProcess.Start(Args());
        var exit = await host.RunScriptAsync("新人: !press /community 静园社区\n");

        Assert.Equal(0, exit);
        Assert.Contains("[@新人]\n已登记您所在的社区：静园社区。", host.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restart_OverTheSameDataFile_NeitherRepeatsNorLoses()
    {
        using (var first = HostProcess.Start(Args()))
        {
            Assert.Equal(0, await first.RunScriptAsync("李姨: 社区 静园社区\n"));
            Assert.Contains("已登记您所在的社区", first.Output, StringComparison.Ordinal);
        }

        using var second = HostProcess.Start(Args());
        Assert.Equal(0, await second.RunScriptAsync("李姨: 帮助\n"));

        Assert.DoesNotContain("已登记您所在的社区", second.Output, StringComparison.Ordinal);
        Assert.Single(second.Output.Split("[@李姨]").Skip(1));
    }

    [Fact]
    public async Task InvalidConfiguration_StopsWithOneLinePerProblem()
    {
        using var host = HostProcess.Start(Args("--Bot:TimeZone=Mars/Olympus", "--Outbox:MaxAttempts=0", "--Conversations:IdleTimeout=-00:01:00"));
        var exit = await host.RunScriptAsync("");

        Assert.Equal(2, exit);
        Assert.Contains("Bot:TimeZone: 'Mars/Olympus' is not a known time zone", host.Error, StringComparison.Ordinal);
        Assert.Contains("Outbox:MaxAttempts: must be at least 1", host.Error, StringComparison.Ordinal);
        Assert.Contains("Conversations:IdleTimeout: must be a positive duration", host.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnparsableValue_NamesTheKey()
    {
        using var host = HostProcess.Start(Args("--Outbox:MaxAttempts=many"));
        var exit = await host.RunScriptAsync("");

        Assert.Equal(2, exit);
        Assert.Contains("'Outbox:MaxAttempts'", host.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", host.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parse_PrintsTheRecognisedCommandAsJson()
    {
        using var host = HostProcess.Start("parse", "／ｂｉｎｄｇｒｏｕｐ@DutyBot  居民群");
        Assert.Equal(0, await host.RunScriptAsync(""));

        Assert.Contains("\"command\":\"bindgroup\"", host.Output, StringComparison.Ordinal);
        Assert.Contains("\"args\":\"居民群\"", host.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
