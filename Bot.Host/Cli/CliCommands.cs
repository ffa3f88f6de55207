using System.Text.Json;
using Bot.Core;
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

    public static async Task<int> RunAsync(string[] args, WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBotCore();
        builder.Services.AddBotFeatures();
        builder.Services.AddCliVerbs();
        using var services = builder.Services.BuildServiceProvider();
        try
        {
            BotHostBuilder.ValidateConfiguration(services);
        }
        catch (Exception e) when (BotHostBuilder.ConfigurationFailures(e) is { Count: > 0 } failures)
        {
            await Console.Error.WriteLineAsync("configuration needs fixing:\n  - " + string.Join("\n  - ", failures)).ConfigureAwait(false);
            return 2;
        }

        var verbs = services.GetServices<ICliVerb>().ToList();
        var stdout = Console.Out;
        if (args[0] is "--help" or "-h" or "help")
        {
            await stdout.WriteLineAsync(Usage(verbs)).ConfigureAwait(false);
            return 0;
        }

        if (args[0] == "parse")
        {
            var role = Role.Resident;
            var words = args[1..].ToList();
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

        var verb = verbs.FirstOrDefault(v => args.Length >= 2 && v.Verb == args[0] && v.Noun == args[1]);
        if (verb is null)
        {
            await Console.Error.WriteLineAsync($"unknown command '{string.Join(' ', args.Take(2))}'.\n{Usage(verbs)}").ConfigureAwait(false);
            return 1;
        }

        try
        {
            return await verb.RunAsync(args[2..], services, stdout).ConfigureAwait(false);
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
        lines.Add("  dotnet run --project Bot.Host -- --help           this text");
        return string.Join('\n', lines);
    }
}
