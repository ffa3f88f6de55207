using Bot.Core.Demo;
using Bot.Core.Storage;

namespace Bot.Host.Hosting;

/// <summary>
/// <c>--reset-demo</c>: deletes the data file before start so the demo begins afresh, but only a file the demo itself
/// created; any other file is refused by name and left untouched.
/// </summary>
internal static class DemoReset
{
    public const string Flag = "--reset-demo";

    /// <summary>Null when reset (or nothing to reset), else the one-line reason it was refused.</summary>
    public static string? Run(string dataFile, bool demoOn)
    {
        if (!demoOn)
        {
            return $"{Flag}: the demo is off here (a platform is configured or Demo:Seed=false), so there is no demo to reset; leave out {Flag}.";
        }

        if (!File.Exists(dataFile))
        {
            return null;
        }

        bool isDemo;
        using (var db = new BotDatabase(dataFile))
        {
            isDemo = DemoFileMark.IsDemoFile(db);
        }

        if (!isDemo)
        {
            return $"{Flag}: '{dataFile}' was not created by the demo, so it was left untouched; "
                + "give the demo its own file (for example --Storage:LiteDbPath=demo/bot.db).";
        }

        File.Delete(dataFile);
        var log = Path.Combine(Path.GetDirectoryName(dataFile) ?? ".", Path.GetFileNameWithoutExtension(dataFile) + "-log" + Path.GetExtension(dataFile));
        File.Delete(log);
        return null;
    }
}
