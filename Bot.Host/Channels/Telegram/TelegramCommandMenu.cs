using System.Text.RegularExpressions;
using Bot.Core.Messaging;
using Bot.Core.People;
using global::Telegram.Bot.Types;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// The command menu Telegram shows after "/": every visible handler whose name is a valid Latin command, described in
/// Simplified Chinese (the default list) and in English (the list for users whose app language is en).
/// </summary>
internal static partial class TelegramCommandMenu
{
    /// <summary>Telegram allows at most 100 commands and 1–256 characters of description.</summary>
    private const int MaxCommands = 100;
    private const int MaxDescription = 256;

    public static IReadOnlyList<BotCommand> For(CommandRouter router, Language language)
    {
        ArgumentNullException.ThrowIfNull(router);
        return router.Handlers
            .Where(h => !h.Spec.Hidden && CommandName().IsMatch(h.Spec.Name))
            .Select(h => new BotCommand { Command = h.Spec.Name, Description = Describe(h.Spec.Description.Get(language), h.Spec.Name) })
            .Take(MaxCommands)
            .ToList();
    }

    private static string Describe(string text, string fallback)
    {
        var line = text.Split('\n')[0].Trim();
        if (line.Length == 0)
        {
            line = fallback;
        }

        return line.Length <= MaxDescription ? line : line[..(MaxDescription - 1)] + "…";
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();
}
