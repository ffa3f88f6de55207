using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.People;

public sealed class PeopleImportTests : IDisposable
{
    private const string Csv = """
        community,name,role,phone,party_member,telegram,wecom
        静园社区,刘丰睿,cadre,13800002222,是,@liufr,liufengrui
        静园社区,,cadre,13800002223,否,,
        静园社区,郭洋,干部,12345,否,,
        静园社区,张书记,secretary,,yes,123456789,zhangsj
        静园社区,王五,chef,,否,,
        兆丰路社区,张菁媛,书记,13800004444,maybe,,
        兆丰路社区,李姨,resident,13912345678,no,,
        """;

    private readonly BotHarness _bot = new(s => s.AddSingleton<PeopleImporter>());

    private ImportReport Import(string csv) => _bot.Get<PeopleImporter>().Import(new StringReader(csv), createCommunities: true);

    [Fact]
    public void Import_KeepsGoodRows_AndReportsBadOnesByLine()
    {
        var report = Import(Csv);

        Assert.Equal(3, report.Added);
        Assert.Equal([3L, 4L, 6L, 7L], report.Errors.Select(e => e.Line).ToArray());
        Assert.Contains("name is empty", report.Errors[0].Problem, StringComparison.Ordinal);
        Assert.Contains("12345", report.Errors[1].Problem, StringComparison.Ordinal);
        Assert.Contains("chef", report.Errors[2].Problem, StringComparison.Ordinal);
        Assert.Contains("maybe", report.Errors[3].Problem, StringComparison.Ordinal);
        var liu = _bot.People.FindByName("刘丰睿")!;
        Assert.Equal(Role.Cadre, liu.Role);
        Assert.True(liu.PartyMember);
        Assert.Equal("liufr", liu.TelegramUsername);
        Assert.Equal("liufengrui", liu.WeComUserId);
        Assert.Equal("123456789", _bot.People.FindByName("张书记")!.TelegramUserId);
    }

    [Fact]
    public void Import_Twice_ChangesNothing()
    {
        Import(Csv);
        var count = _bot.People.Count();

        var again = Import(Csv);

        Assert.Equal(0, again.Added);
        Assert.Equal(0, again.Updated);
        Assert.Equal(3, again.Unchanged);
        Assert.Equal(count, _bot.People.Count());
    }

    [Fact]
    public void Import_MissingColumns_IsOneClearError()
    {
        var report = Import("name,phone\n刘丰睿,13800002222\n");

        var error = Assert.Single(report.Errors);
        Assert.Equal(1, error.Line);
        Assert.Contains("community", error.Problem, StringComparison.Ordinal);
        Assert.Contains("role", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ImportedPerson_IsRecognisedOnFirstConsoleMessageByName()
    {
        Import(Csv);

        var reply = Assert.Single(_bot.Say("张书记", "邀请 干部"));

        Assert.Contains("邀请码", reply.Text, StringComparison.Ordinal);
    }

    public void Dispose() => _bot.Dispose();
}
