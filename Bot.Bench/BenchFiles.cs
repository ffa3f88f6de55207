namespace Bot.Bench;

/// <summary>Temporary folders for data files, and their size on disk.</summary>
internal static class BenchFiles
{
    public static string NewDataFile(string name)
    {
        var dir = Path.Combine(Path.GetTempPath(), "bot-bench", name + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        return Path.Combine(dir, "bot.db");
    }

    /// <summary>The data file plus its LiteDB log, in bytes.</summary>
    public static long Size(string dataFile) =>
        Directory.GetFiles(Path.GetDirectoryName(dataFile)!).Sum(f => new FileInfo(f).Length);

    public static void Delete(string dataFile)
    {
        try
        {
            Directory.Delete(Path.GetDirectoryName(dataFile)!, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    public static double Mb(long bytes) => bytes / 1024.0 / 1024.0;
}
