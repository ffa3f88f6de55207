using System.Text;
using Bot.Core.People;
using Bot.Core.Notices;
using Bot.Tests.Support;

namespace Bot.Tests.Notices;

public sealed class ExportAcksVerbTests : IDisposable
{
    private readonly BotHarness _bot = NoticeBot.Create();

    [Fact]
    public async Task ExportAcks_WritesTheCsvFile()
    {
        _bot.Add("张书记", Role.Secretary, partyMember: true);
        _bot.Add("刘丰睿", Role.Cadre, partyMember: true);
        var id = NoticeBot.Publish(_bot, "张书记", "党课 第一讲\n内容");
        _bot.Press("刘丰睿", $"/ack {id}");
        var file = Path.Combine(_bot.Folder, "acks.csv");
        using var output = new StringWriter();

        var code = await new ExportAcksVerb().RunAsync([id.ToString(System.Globalization.CultureInfo.InvariantCulture), file], _bot.Services, output);

        Assert.Equal(0, code);
        var lines = (await File.ReadAllTextAsync(file, Encoding.UTF8)).Trim().Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("静园社区,刘丰睿,是,是,是,", StringComparison.Ordinal));
        Assert.Contains("2 rows written", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAcks_UnknownNotice_ExitsWithAShortMessage()
    {
        using var output = new StringWriter();

        var code = await new ExportAcksVerb().RunAsync(["99"], _bot.Services, output);

        Assert.Equal(1, code);
        Assert.Equal("there is no notice #99", output.ToString().Trim());
    }

    public void Dispose() => _bot.Dispose();
}
