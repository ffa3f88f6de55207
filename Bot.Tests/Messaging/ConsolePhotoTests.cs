using Bot.Core.Messaging;
using Bot.Host.Channels.Console;
using Bot.Tests.Support;

namespace Bot.Tests.Messaging;

/// <summary>The console channel's stand-in for photos: <c>NAME: !photo REF [caption]</c> in, <c>[photo REF]</c> out.</summary>
public sealed class ConsolePhotoTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public void PhotoLine_IsAPhotoWithThatReference()
    {
        var line = ConsoleLine.Parse("刘丰睿: !photo receipt-12.jpg", out var problem)!;

        Assert.Null(problem);
        Assert.Equal("刘丰睿", line.Name);
        Assert.Equal("receipt-12.jpg", line.Photo);
        Assert.Null(line.Text);
    }

    [Fact]
    public void PhotoLine_WithMoreWords_HasThemAsCaption_AndMayBeInAGroup()
    {
        var line = ConsoleLine.Parse("刘丰睿@干部群: !photo receipt-12.jpg 已买到 12 35", out _)!;

        Assert.Equal("干部群", line.Group);
        Assert.Equal("receipt-12.jpg", line.Photo);
        Assert.Equal("已买到 12 35", line.Text);
    }

    [Fact]
    public void PhotoLine_WithoutAReference_IsAProblem_AndAWordStartingLikeIt_IsText()
    {
        Assert.Null(ConsoleLine.Parse("刘丰睿: !photo", out var problem));
        Assert.Contains("!photo NAME", problem, StringComparison.Ordinal);

        var text = ConsoleLine.Parse("刘丰睿: !photograph", out _)!;
        Assert.Null(text.Photo);
        Assert.Equal("!photograph", text.Text);
    }

    [Fact]
    public async Task PhotoMessage_IsPrintedWithItsReference_AboveItsCaption()
    {
        using var output = new StringWriter();
        var sender = new ConsoleSender(new ConsoleWriter(output, _folder));
        var message = new OutgoingMessage { To = ChatAddress.PrivateTo(ChannelNames.Console, "李姨"), Text = "#12 的购物小票。", PhotoRef = "receipt-12.jpg" };

        var result = await sender.SendAsync(message, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal("[@李姨]\n[photo receipt-12.jpg]\n#12 的购物小票。\n\n", output.ToString());
    }

    [Fact]
    public async Task PhotoTypedIntoTheRunningHost_ReachesTheBot_AndAnUnexpectedOneGetsTheHint()
    {
        using var host = HostProcess.Start($"--Storage:LiteDbPath={Path.Combine(_folder, "bot.db")}", "--Urls=http://127.0.0.1:0");
        var exit = await host.RunScriptAsync("新人: !photo cat.jpg\n");

        Assert.Equal(0, exit);
        Assert.Contains("[@新人]\n收到照片，但现在没有在等照片。", host.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", host.Output, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
