using Bot.Core.Demo;
using Bot.Host.Channels.Console;

namespace Bot.Host.Hosting;

/// <summary>
/// The way in for <c>dotnet Bot.Host.dll</c>: the checks only a real process needs (settings, data file, other instance,
/// port, the data file's lock; the data-file ones on LiteDB only), then the one start sequence (<see cref="BotHostBuilder.Build"/>) that the tests' and the
/// benchmarks' in-process hosts run too.
/// </summary>
public static class BotStartup
{
    /// <summary>
    /// Checks, then runs the bot. Any problem found before start prints one line each and exits with code 2, having
    /// handled and written nothing.
    /// </summary>
    public static async Task<int> RunAsync(WebApplicationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(args);
        var problems = StartupChecks.Settings(builder.Configuration);
        // On PostgreSQL nothing opens the LiteDB data file: it is neither checked nor locked (nor its folder made), so
        // hosts on one machine may share Storage:LiteDbPath.
        var dataFile = BotHostBuilder.OnPostgres(builder.Configuration) ? null : DataFilePath(builder.Configuration, problems);
        if (problems.Count == 0 && dataFile is not null && StartupChecks.DataFile(dataFile) is { } dataProblem)
        {
            problems.Add(dataProblem);
        }

        if (problems.Count > 0)
        {
            return await RefuseAsync(problems).ConfigureAwait(false);
        }

        // Another bot on this data file is named as such, even when it also holds the port.
        if (dataFile is not null && DataFileLock.HeldByAnother(dataFile) is { } running)
        {
            return await RefuseAsync([running]).ConfigureAwait(false);
        }

        problems.AddRange(StartupChecks.Ports(builder.Configuration));
        if (problems.Count > 0)
        {
            return await RefuseAsync(problems).ConfigureAwait(false);
        }

        if (dataFile is null)
        {
            if (args.Contains(DemoReset.Flag, StringComparer.Ordinal))
            {
                return await RefuseAsync([$"{DemoReset.Flag}: the demo runs on LiteDB only; with Storage:Provider=Postgres there is no demo data file to reset. Leave out {DemoReset.Flag}."]).ConfigureAwait(false);
            }

            return await BotHostBuilder.RunAsync(builder).ConfigureAwait(false);
        }

        // The first write: the data file's folder and its lock file.
        using var dataLock = DataFileLock.TryAcquire(dataFile, out var lockProblem);
        if (dataLock is null)
        {
            return await RefuseAsync([lockProblem!]).ConfigureAwait(false);
        }

        if (args.Contains(DemoReset.Flag, StringComparer.Ordinal) && DemoReset.Run(dataFile, DemoWanted(builder.Configuration)) is { } resetProblem)
        {
            return await RefuseAsync([resetProblem]).ConfigureAwait(false);
        }

        return await BotHostBuilder.RunAsync(builder).ConfigureAwait(false);
    }

    /// <summary>The data file's absolute path (relative to the working directory); a problem when it is no path.</summary>
    internal static string DataFilePath(IConfiguration configuration, List<string> problems)
    {
        var configured = configuration[$"{Bot.Core.Storage.StorageOptions.Section}:LiteDbPath"];
        var path = string.IsNullOrWhiteSpace(configured) ? new Bot.Core.Storage.StorageOptions().LiteDbPath : configured;
        try
        {
            return Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problems.Add($"{DataFileCheck.Key}: '{path}' is not a file path ({e.Message}); write a path such as data/bot.db.");
            return path;
        }
    }

    // Asked on LiteDB only (the demo's backend).
    private static bool DemoWanted(IConfiguration configuration) =>
        configuration.GetValue<bool?>($"{DemoOptions.Section}:Seed")
        ?? (!ConsoleChannelExtensions.PlatformConfigured(configuration) && ConsoleChannelExtensions.ConsoleWanted(configuration));

    private static async Task<int> RefuseAsync(IReadOnlyList<string> problems)
    {
        await Console.Error.WriteLineAsync("The bot did not start; nothing was handled or written:").ConfigureAwait(false);
        foreach (var problem in problems)
        {
            await Console.Error.WriteLineAsync("  - " + problem).ConfigureAwait(false);
        }

        return 2;
    }
}
