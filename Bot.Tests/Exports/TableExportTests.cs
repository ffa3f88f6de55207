using System.Text;
using Bot.Core.Exports;
using MiniExcelLibs;

namespace Bot.Tests.Exports;

public sealed class TableExportTests
{
    private static readonly string[] Header = ["姓名", "点位", "迟到分钟"];

    [Fact]
    public void ToCsv_StartsWithBom_AndKeepsChinese()
    {
        var bytes = TableExport.ToCsv(Header, [["刘丰睿", "1号岗", 7]]);

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal("姓名,点位,迟到分钟\r\n刘丰睿,1号岗,7\r\n", text);
    }

    [Fact]
    public void ToXlsx_CellsReadBack()
    {
        var bytes = TableExport.ToXlsx(Header, [["刘丰睿", "1号岗", 7], ["郭洋", "2号岗", 0]]);

        using var stream = new MemoryStream(bytes);
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("郭洋", rows[1]["姓名"]);
        Assert.Equal(7d, Convert.ToDouble(rows[0]["迟到分钟"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
