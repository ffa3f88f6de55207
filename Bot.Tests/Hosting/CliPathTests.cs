using Bot.Tests.Support;

namespace Bot.Tests.Hosting;

/// <summary>Files on the command line are relative to the directory it is typed in, and every message names the absolute path.</summary>
public sealed class CliPathTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));

    public CliPathTests() => Directory.CreateDirectory(_folder);

    private async Task<HostProcess> RunAsync(params string[] args)
    {
        var host = HostProcess.StartIn(_folder, new Dictionary<string, string>(), args);
        await host.WaitForExitAsync(TimeSpan.FromSeconds(60));
        return host;
    }

    [Fact]
    public async Task ImportAndExport_UseTheWorkingDirectory_AndNameAbsolutePaths()
    {
        await File.WriteAllTextAsync(Path.Combine(_folder, "people.csv"),
            "community,name,role,phone,party_member,telegram,wecom\n静园社区,刘丰睿,cadre,13800002222,是,@liufr,\n");

        using var import = await RunAsync("import", "people", "people.csv", "--create-communities");
        using var export = await RunAsync("export", "attendance", "--from", "2026-03-01", "--to", "2026-03-31", "--out", "out/attendance.csv");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains($"{Path.Combine(_folder, "people.csv")}: 1 added", import.Output, StringComparison.Ordinal);
        Assert.Equal(0, export.ExitCode);
        var written = Path.Combine(_folder, "out", "attendance.csv");
        Assert.True(File.Exists(written), export.Output + export.Error);
        Assert.Contains($"written to {written}", export.Output, StringComparison.Ordinal);
        // The default data file is data/bot.db under the working directory too.
        Assert.True(File.Exists(Path.Combine(_folder, "data", "bot.db")));
    }

    [Fact]
    public async Task MissingFile_NamesTheAbsolutePathItTried()
    {
        using var import = await RunAsync("import", "roster", "roster.csv");

        Assert.Equal(1, import.ExitCode);
        Assert.Contains($"file not found: {Path.Combine(_folder, "roster.csv")}", import.Output, StringComparison.Ordinal);
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
    }
}
