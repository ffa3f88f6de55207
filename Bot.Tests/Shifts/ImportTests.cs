using Bot.Core.Shifts;
using MiniExcelLibs;
using static Bot.Tests.Shifts.ShiftsWorld;

namespace Bot.Tests.Shifts;

public sealed class ImportTests : IDisposable
{
    private readonly ShiftsWorld _w = new();

    [Fact]
    public void ImportPoints_KeepsGoodRows_ReportsBadOnesByLine_AndIsIdempotent()
    {
        const string csv = """
            community,point,kind,aliases,latitude,longitude,radius_m
            静园社区,3号岗,点位值守,西门|三号岗,39.1180,117.1950,120
            静园社区,宣传点,宣傳,,,,
            静园社区,4号岗,巡逻,,,,
            静园社区,5号岗,后勤保障,,91,117.1,
            静园社区,6号岗,logistics,,39.1,,
            """;

        var first = _w.H.Get<PointsImporter>().Import(new StringReader(csv));
        var second = _w.H.Get<PointsImporter>().Import(new StringReader(csv));

        Assert.Equal(2, first.Added);
        Assert.Equal([4L, 5L, 6L], first.Errors.Select(e => e.Line));
        Assert.Contains("巡逻", first.Errors[0].Problem, StringComparison.Ordinal);
        Assert.Equal(0, second.Added);
        Assert.Equal(2, second.Unchanged);
        var p3 = _w.Store.FindPoint(Community, "西门")!;
        Assert.Equal("3号岗", p3.Name);
        Assert.Equal(120, p3.RadiusMeters);
        Assert.Equal(PostKind.Publicity, _w.Store.FindPoint(Community, "宣传点")!.Kind);
    }

    [Fact]
    public void ImportRoster_KeepsGoodRows_ReportsBadOnesByLine_AndIsIdempotent()
    {
        const string csv = """
            community,point,date,start,end,cadre
            静园社区,1号岗,2026-03-03,08:00,16:00,刘丰睿
            静园社区,2号岗,2026-03-03,22:00,07:00,郭洋
            静园社区,9号岗,2026-03-03,08:00,16:00,刘丰睿
            静园社区,1号岗,03/03/2026,08:00,16:00,刘丰睿
            静园社区,1号岗,2026-03-03,8点,16:00,刘丰睿
            静园社区,1号岗,2026-03-03,16:00,22:00,无名氏
            """;

        var first = _w.H.Get<RosterImporter>().Import(new StringReader(csv));
        var second = _w.H.Get<RosterImporter>().Import(new StringReader(csv));

        Assert.Equal(2, first.Added);
        Assert.Equal([4L, 5L, 6L, 7L], first.Errors.Select(e => e.Line));
        Assert.Contains("9号岗", first.Errors[0].Problem, StringComparison.Ordinal);
        Assert.Equal(0, second.Added);
        Assert.Equal(2, _w.Store.Between("2026-03-03", "2026-03-03").Count);
        var night = _w.Store.Between("2026-03-03", "2026-03-03").Single(e => e.CadreName == Guo);
        Assert.Equal(new DateTime(2026, 3, 3, 23, 0, 0), night.EndUtc);
    }

    [Fact]
    public void ImportRoster_MissingColumns_IsReportedOnLineOne()
    {
        var report = _w.H.Get<RosterImporter>().Import(new StringReader("community,point,date\n静园社区,1号岗,2026-03-03\n"));

        var error = Assert.Single(report.Errors);
        Assert.Equal(1L, error.Line);
        Assert.Contains("start", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExportAttendanceVerb_WritesAnXlsxWithTheRange()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, new DateOnly(2026, 3, 3));
        _w.Roster("1号岗", "08:00-16:00", Guo, new DateOnly(2026, 3, 5));
        var file = Path.Combine(_w.H.Folder, "out", "attendance.xlsx");
        using var output = new StringWriter();

        var code = await new ExportAttendanceVerb().RunAsync(["--from", "2026-03-01", "--to", "2026-03-04", "--out", file], _w.H.Services, output);

        Assert.Equal(0, code);
        var rows = MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(Liu, Assert.Single(rows)["干部"]);
    }

    [Fact]
    public async Task ExportAttendanceVerb_BadArguments_ExplainsUsage()
    {
        using var output = new StringWriter();

        var code = await new ExportAttendanceVerb().RunAsync(["--from", "2026-03-05", "--to", "2026-03-01", "--out", "x.xlsx"], _w.H.Services, output);

        Assert.Equal(1, code);
        Assert.Contains("--from", output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => _w.Dispose();
}
