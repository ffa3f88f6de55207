using Bot.Core.People;
using Bot.Core.Shifts;
using Bot.Core.Storage;
using Bot.Tests.Shifts;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.People;

/// <summary>Imports never create a community from a typo, refuse malformed platform ids, and say which rows changed nothing.</summary>
public sealed class ImportCommunityTests : IDisposable
{
    private readonly ShiftsWorld _w = new(s => s.AddSingleton<PeopleImporter>());

    private ImportReport People(string rows, bool create = false) =>
        _w.H.Get<PeopleImporter>().Import(new StringReader("community,name,role,phone,party_member,telegram,wecom\n" + rows), create);

    private ImportReport Points(string rows, bool create = false) =>
        _w.H.Get<PointsImporter>().Import(new StringReader("community,point,kind,aliases,latitude,longitude,radius_m\n" + rows), create);

    [Fact]
    public void UnknownCommunity_IsRefused_AndNotCreated()
    {
        var people = People("不存在社区,王五,resident,,否,,\n");
        var points = Points("不存在社区,9号岗,点位值守,,,,\n");
        var roster = _w.H.Get<RosterImporter>().Import(new StringReader("community,point,date,start,end,cadre\n不存在社区,1号岗,2026-03-03,08:00,16:00,刘丰睿\n"));

        foreach (var report in new[] { people, points, roster })
        {
            Assert.Equal(0, report.Added);
            Assert.Contains("community '不存在社区' does not exist", Assert.Single(report.Errors).Problem, StringComparison.Ordinal);
        }

        Assert.Null(_w.H.Communities.FindCommunity("不存在社区"));
        Assert.Equal(["静园社区"], _w.H.Communities.Communities().Select(c => c.Name));
    }

    [Fact]
    public void CreateCommunities_CreatesThem()
    {
        var report = People("兆丰路社区,张菁媛,书记,13800004444,是,,\n", create: true);
        var points = Points("兆丰路社区,3号岗,点位值守,,,,\n", create: true);

        Assert.Equal(1, report.Added);
        Assert.Equal(1, points.Added);
        Assert.NotNull(_w.H.Communities.FindCommunity("兆丰路社区"));
    }

    [Theory]
    [InlineData("notanid!!", "telegram 'notanid!!'")]
    [InlineData("@abc", "telegram '@abc'")]
    [InlineData("-5", "telegram '-5'")]
    [InlineData("@this_name_is_far_too_long_for_telegram", "telegram '@this_name_is_far_too_long_for_telegram'")]
    public void MalformedTelegramId_IsRefused(string telegram, string expected)
    {
        var report = People($"静园社区,王五,resident,,否,{telegram},\n");

        Assert.Contains(expected, Assert.Single(report.Errors).Problem, StringComparison.Ordinal);
        Assert.Null(_w.H.People.FindByName("王五"));
    }

    [Fact]
    public void MalformedWeComUserId_IsRefused()
    {
        var report = People("静园社区,王五,resident,,否,,wang wu!\n");

        Assert.Contains("wecom 'wang wu!'", Assert.Single(report.Errors).Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("@Guo_Yang")]
    [InlineData("Guo_Yang")]
    public void WellFormedTelegramIds_AreAccepted(string telegram)
    {
        var report = People($"静园社区,王五,resident,,否,{telegram},wangwu.1\n");

        Assert.Empty(report.Errors);
        Assert.Equal(1, report.Added);
    }

    [Fact]
    public void SameRowsAgain_AreReportedUnchanged()
    {
        const string people = "静园社区,王五,resident,13912340000,否,@wang_wu,\n静园社区,赵六,cadre,,是,,\n";
        const string points = "静园社区,3号岗,点位值守,西门,39.1,117.2,100\n";
        const string roster = "community,point,date,start,end,cadre\n静园社区,1号岗,2026-03-03,08:00,16:00,刘丰睿\n";
        People(people);
        Points(points);
        _w.H.Get<RosterImporter>().Import(new StringReader(roster));

        var peopleAgain = People(people);
        var pointsAgain = Points(points);
        var rosterAgain = _w.H.Get<RosterImporter>().Import(new StringReader(roster));
        var changed = People("静园社区,王五,resident,13912340001,否,@wang_wu,\n");

        Assert.Equal((0, 0, 2), (peopleAgain.Added, peopleAgain.Updated, peopleAgain.Unchanged));
        Assert.Equal((0, 0, 1), (pointsAgain.Added, pointsAgain.Updated, pointsAgain.Unchanged));
        Assert.Equal((0, 1), (rosterAgain.Added, rosterAgain.Unchanged));
        Assert.StartsWith("0 added, 0 updated, 2 unchanged, 0 rejected", peopleAgain.ToString(), StringComparison.Ordinal);
        Assert.Equal((0, 1, 0), (changed.Added, changed.Updated, changed.Unchanged));
    }

    public void Dispose() => _w.Dispose();
}
