using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Messaging;
using Bot.Core.People;
using global::Telegram.Bot.Types;
using Bot.Core.Texts;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// The command menu Telegram shows after "/": the visible handlers whose name is a valid Latin command, described in one
/// language. <see cref="For(CommandRouter, Language, Role?)"/> with a role keeps only what that role may run (the menu of
/// a private chat); without one it lists everything (group chats, where people of every role write).
/// </summary>
internal static partial class TelegramCommandMenu
{
    /// <summary>Telegram allows at most 100 commands and 1–256 characters of description.</summary>
    private const int MaxCommands = 100;
    private const int MaxDescription = 256;

    public static IReadOnlyList<BotCommand> For(CommandRouter router, Language language, Role? role = null)
    {
        ArgumentNullException.ThrowIfNull(router);
        return router.Handlers
            .Where(h => !h.Spec.Hidden && CommandName().IsMatch(h.Spec.Name) && (role is not { } r || h.Spec.Allows(r)))
            .Select(h => new BotCommand { Command = h.Spec.Name, Description = Describe(h.Spec.Description.Get(language), h.Spec.Name) })
            .Take(MaxCommands)
            .ToList();
    }

    /// <summary>
    /// A short fingerprint of a menu's content: what a chat was given is remembered by it, so a menu that changes with a
    /// new version of the bot (a command added, a description reworded) is given again.
    /// </summary>
    public static string Fingerprint(IReadOnlyList<BotCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var text = string.Join('\n', commands.Select(c => c.Command + "\t" + c.Description));
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)), 0, 8);
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
