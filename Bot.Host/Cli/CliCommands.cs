using System.Text.Json;
using Bot.Core.Texts;
using Bot.Core;
using Bot.Core.Hosting;
using Bot.Core.Messaging;
using Bot.Core.Messaging.Intents;
using Bot.Core.People;
using Bot.Host.Hosting;

namespace Bot.Host.Cli;

/// <summary>
/// Command-line verbs that run and exit instead of starting the bot: <c>import people FILE</c>, <c>parse "TEXT"</c>,
/// <c>--help</c>. Features add their verbs through <see cref="ICliVerb"/>.
/// </summary>
public static class CliCommands
{
    private static readonly string[] Verbs = ["import", "export", "parse", "--help", "-h", "help"];

    public static bool IsCliInvocation(string[] args) => args.Length > 0 && Verbs.Contains(args[0], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The first word of a command line that is neither a verb nor the bot's own options (a mistyped verb must not
    /// start the bot reading standard input as chat); null when it is fine.
    /// </summary>
    public static string? Unknown(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return IsCliInvocation(args) ? null : args.FirstOrDefault(a => !CliArgs.IsSetting(a) && a != Hosting.DemoReset.Flag);
    }

    public static async Task<int> RunAsync(string[] args, WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(builder);
        // parse reads no data: it runs over a scratch file, so it works beside a running bot (see ParseScratchDatabase).
        var parse = args.Length > 0 && args[0] == "parse";
        using var scratch = parse ? new ParseScratchDatabase(builder.Services) : null;
        // Registering and building the provider opens nothing: the data file is opened when a verb first needs it.
        builder.Services.AddBotCore();
        // The host's own verbs first, then each feature's (registered by its door): the order of the help text.
        builder.Services.AddCliVerbs();
        builder.Services.AddBotFeatures();
        using var services = builder.Services.BuildServiceProvider();
        var verbs = services.GetServices<ICliVerb>().ToList();
        if (Unknown(args) is { } odd)
        {
            await Console.Error.WriteLineAsync($"unknown command or option '{odd}'.\n{Usage(verbs)}").ConfigureAwait(false);
            return 2;
        }

        if (args[0] is "--help" or "-h" or "help")
        {
            await Console.Out.WriteLineAsync(Usage(verbs)).ConfigureAwait(false);
            return 0;
        }

        var verb = verbs.FirstOrDefault(v => args.Length >= 2 && v.Verb == args[0] && v.Noun == args[1]);
        if (args[0] != "parse" && verb is null)
        {
            await Console.Error.WriteLineAsync($"unknown command '{string.Join(' ', args.Take(2))}'.\n{Usage(verbs)}").ConfigureAwait(false);
            return 2;
        }

        // The same checks as the bot's: a foreign data file is refused untouched, and a verb never shares its data
        // file with a running bot. parse never touches the data file, and on PostgreSQL nothing opens it (the database
        // is shared by design), so only the settings are checked for them.
        var problems = StartupChecks.Settings(builder.Configuration);
        using var dataLock = parse || BotHostBuilder.OnPostgres(builder.Configuration) ? null : LockDataFile(builder.Configuration, problems);
        if (problems.Count > 0)
        {
            await Console.Error.WriteLineAsync("nothing was done:\n  - " + string.Join("\n  - ", problems)).ConfigureAwait(false);
            return 2;
        }

        try
        {
            return await RunVerbAsync(args, verb, services).ConfigureAwait(false);
        }
        finally
        {
            // The data file closes before its lock is released.
            services.Dispose();
        }
    }

    /// <summary>Checks the data file as the bot does and takes its lock; null, with the reasons in <paramref name="problems"/>, when not.</summary>
    private static DataFileLock? LockDataFile(IConfiguration configuration, List<string> problems)
    {
        var dataFile = BotStartup.DataFilePath(configuration, problems);
        if (problems.Count == 0 && StartupChecks.DataFile(dataFile) is { } dataProblem)
        {
            problems.Add(dataProblem);
        }

        if (problems.Count == 0 && DataFileLock.HeldByAnother(dataFile) is { } running)
        {
            problems.Add(running);
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var dataLock = DataFileLock.TryAcquire(dataFile, out var lockProblem);
        if (lockProblem is not null)
        {
            problems.Add(lockProblem);
        }

        return dataLock;
    }

    private static async Task<int> RunVerbAsync(string[] args, ICliVerb? verb, ServiceProvider services)
    {
        try
        {
            BotHostBuilder.ValidateConfiguration(services);
        }
        catch (Exception e) when (BotHostBuilder.ConfigurationFailures(e) is { Count: > 0 } failures)
        {
            await Console.Error.WriteLineAsync("configuration needs fixing:\n  - " + string.Join("\n  - ", failures)).ConfigureAwait(false);
            return 2;
        }

        try
        {
            BotHostBuilder.MigrateStorage(services);
        }
        catch (Exception e) when (BotHostBuilder.StorageFailure(e) is { } line)
        {
            await Console.Error.WriteLineAsync(line).ConfigureAwait(false);
            return 2;
        }

        var stdout = Console.Out;
        if (args[0] == "parse")
        {
            var role = Role.Resident;
            var words = CliArgs.Positional(args[1..]).ToList();
            var at = words.FindIndex(w => w == "--role");
            if (at >= 0 && (at + 1 >= words.Count || !Enum.TryParse(words[at + 1], ignoreCase: true, out role)))
            {
                await Console.Error.WriteLineAsync("--role takes resident, cadre, secretary or admin").ConfigureAwait(false);
                return 1;
            }

            if (at >= 0)
            {
                words.RemoveRange(at, 2);
            }

            if (words.Count == 0)
            {
                await Console.Error.WriteLineAsync("usage: parse \"TEXT\" [--role resident|cadre|secretary|admin]").ConfigureAwait(false);
                return 1;
            }

            await stdout.WriteLineAsync(Parse(services.GetRequiredService<IntentRecognizer>(), string.Join(' ', words), role)).ConfigureAwait(false);
            return 0;
        }

        try
        {
            return await verb!.RunAsync(args[2..], services, stdout).ConfigureAwait(false);
        }
        catch (Exception e) when (BotHostBuilder.ConfigurationFailures(e) is { Count: > 0 } failures)
        {
            await Console.Error.WriteLineAsync("configuration needs fixing:\n  - " + string.Join("\n  - ", failures)).ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>
    /// What a line is recognised as, for someone of <paramref name="role"/>, as one JSON line: the decision (run, ask,
    /// none), the command with its arguments and confidence, and the alternatives.
    /// </summary>
    public static string Parse(IntentRecognizer recognizer, string text, Role role = Role.Resident)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        var normalized = InputNormalizer.Normalize(text);
        var result = recognizer.Recognize(normalized, role);
        var best = result.Decision;
        return JsonSerializer.Serialize(new
        {
            input = text,
            normalized,
            role = role.ToString().ToLowerInvariant(),
            decision = best is not null ? "run" : result.Choices.Count > 0 ? "ask" : "none",
            command = best?.Handler.Spec.Name,
            keyword = best?.Phrase,
            args = best?.Args,
            confidence = best?.Confidence,
            reason = best?.Reason,
            language = best?.Language?.ToString(),
            roles = best?.Handler.Spec.Roles.Select(r => r.ToString()),
            alternatives = result.Candidates.Where(c => c != best).Select(c => new { command = c.Handler.Spec.Name, args = c.Args, confidence = c.Confidence, reason = c.Reason }),
        }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Usage(IEnumerable<ICliVerb> verbs)
    {
        var lines = new List<string>
        {
            "duty-bot: epidemic-duty work in WeCom and Telegram group chats.",
            "",
            "  dotnet run --project Bot.Host                      run the bot (console channel + demo when no platform is configured)",
            "  dotnet run --project Bot.Host -- parse \"TEXT\" [--role cadre]  show which command TEXT is (decision, confidence, alternatives), as JSON",
        };
        lines.AddRange(verbs.Select(v => $"  dotnet run --project Bot.Host -- {v.Verb} {v.Noun} {v.Usage}"));
        lines.Add("  dotnet run --project Bot.Host -- --reset-demo     start the demo afresh (deletes a data file the demo created, nothing else)");
        lines.Add("  dotnet run --project Bot.Host -- --help           this text");
        lines.Add("Files are relative to the current directory; settings go as --Section:Key=value.");
        return string.Join('\n', lines);
    }
}
