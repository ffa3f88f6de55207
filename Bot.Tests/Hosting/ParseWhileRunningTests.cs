using System.Text.Json.Nodes;
using Bot.Core.Storage;
using Bot.Host.Hosting;
using Bot.Tests.Support;

namespace Bot.Tests.Hosting;

/// <summary><c>parse "TEXT"</c> needs no data: it answers while a bot holds the data file, and leaves that file untouched.</summary>
public sealed class ParseWhileRunningTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task Parse_WhileABotHoldsTheDataFile_PrintsTheDecision_AndNeitherOpensNorWritesTheFile()
    {
        var dataFile = Path.Combine(_folder, "bot.db");
        using (var db = new BotDatabase(dataFile))
        {
            db.Collection<ProbeRecord>("probe").Insert(new ProbeRecord { Note = "kept" });
        }

        using var running = DataFileLock.TryAcquire(dataFile, out var problem);
        Assert.NotNull(running);
        Assert.Null(problem);
        var bytes = await File.ReadAllBytesAsync(dataFile);
        var written = File.GetLastWriteTimeUtc(dataFile);
        var files = Directory.GetFiles(_folder).Order().ToArray();

        using var parse = HostProcess.Start("parse", "帮助", "--role", "cadre", $"--Storage:LiteDbPath={dataFile}");
        var exit = await parse.RunScriptAsync("");

        Assert.True(exit == 0, parse.Output + parse.Error);
        var json = JsonNode.Parse(parse.Output.Trim().Split('\n')[^1])!;
        Assert.Equal("run", json["decision"]!.GetValue<string>());
        Assert.Equal("help", json["command"]!.GetValue<string>());
        Assert.Equal("cadre", json["role"]!.GetValue<string>());
        Assert.Equal(bytes, await File.ReadAllBytesAsync(dataFile));
        Assert.Equal(written, File.GetLastWriteTimeUtc(dataFile));
        Assert.Equal(files, Directory.GetFiles(_folder).Order().ToArray());
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
