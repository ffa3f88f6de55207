using System.Globalization;
using System.Text;
using Bot.Core.Messaging;
using MiniExcelLibs;
using static Bot.Tests.Shifts.ShiftsWorld;

namespace Bot.Tests.Shifts;

public sealed class ExportTests : IDisposable
{
    private static readonly DateOnly Day3 = new(2026, 3, 3);
    private readonly ShiftsWorld _w = new();

    [Fact]
    public void ExportAttendance_SendsCsvWithBomAndXlsx_WithTheRecord()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.Roster("2号岗", "08:00-12:00", Guo, Day3);
        _w.At(3, 7, 50);
        _w.H.Deliver(_w.H.Message(Liu, "签到") with { Location = new GeoPoint(39.1187, 117.1961) });
        _w.At(3, 8, 17);
        _w.H.Say(Guo, "签到");
        _w.At(3, 11, 30);
        _w.H.Say(Guo, "交接 登记12 测温30 异常0");
        _w.At(3, 20);

        var sent = _w.H.Say(Secretary, "导出 考勤 2026-03-01 2026-03-31");

        var files = sent.Where(m => m.File is not null).Select(m => m.File!).ToList();
        Assert.Equal(["attendance-2026-03-01-2026-03-31.csv", "attendance-2026-03-01-2026-03-31.xlsx"], files.Select(f => f.FileName));
        var csv = files[0].Content;
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var csvText = Encoding.UTF8.GetString(csv[3..]);
        Assert.StartsWith("干部,社区,点位,岗位类型,日期,班次,签到时间,迟到分钟,位置凭证,已交接,交接数字,在岗小时,备注", csvText, StringComparison.Ordinal);

        using var stream = new MemoryStream(files[1].Content);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        var liu = rows.Single(r => (string)r["干部"] == Liu);
        Assert.Equal("1号岗", liu["点位"]);
        Assert.Equal("点位值守", liu["岗位类型"]);
        Assert.Equal("2026-03-03", liu["日期"]);
        Assert.Equal("08:00-16:00", liu["班次"]);
        Assert.Equal("2026-03-03 07:50", liu["签到时间"]);
        Assert.StartsWith("范围内", (string)liu["位置凭证"], StringComparison.Ordinal);
        Assert.Equal(8d, Num(liu["在岗小时"]));
        Assert.Contains("无人交接", (string)liu["备注"], StringComparison.Ordinal);
        var guo = rows.Single(r => (string)r["干部"] == Guo);
        Assert.Equal(17d, Num(guo["迟到分钟"]));
        Assert.Equal("登记12 测温30 异常0", guo["交接数字"]);
        Assert.Equal(true, guo["已交接"]);
        Assert.Equal(3.2d, Num(guo["在岗小时"]));
        Assert.Equal("无", guo["位置凭证"]);
    }

    [Fact]
    public void ExportAttendance_SlashForm_DefaultsToThisMonth()
    {
        _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 9);

        var sent = _w.H.Say(Secretary, "/export attendance");

        Assert.Contains(sent, m => m.File?.FileName == "attendance-2026-03-01-2026-03-03.xlsx");
    }

    [Fact]
    public void ExportAttendance_ByCadreOrResident_IsRefused()
    {
        Assert.Contains("仅限", Single(_w.H.Say(Liu, "导出 考勤"), Liu), StringComparison.Ordinal);
        Assert.Contains("仅限", Single(_w.H.Say(Resident, "/export attendance"), Resident), StringComparison.Ordinal);
    }

    [Fact]
    public void ExportAttendance_BadDate_GetsUsage()
    {
        Assert.Contains("用法", Single(_w.H.Say(Secretary, "导出考勤 三月"), Secretary), StringComparison.Ordinal);
    }

    private static double Num(object value) => Convert.ToDouble(value, CultureInfo.InvariantCulture);

    public void Dispose() => _w.Dispose();
}
