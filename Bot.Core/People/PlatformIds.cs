using System.Globalization;
using System.Text.RegularExpressions;

namespace Bot.Core.People;

/// <summary>The forms a platform account takes in an import: Telegram user ids and usernames, WeCom userids.</summary>
public static partial class PlatformIds
{
    /// <summary>Null when <paramref name="telegram"/> is empty, a numeric user id or a username (5-32 of A-Za-z0-9_, @ optional).</summary>
    public static string? TelegramProblem(string? telegram)
    {
        if (string.IsNullOrEmpty(telegram))
        {
            return null;
        }

        var ok = telegram.StartsWith('@')
            ? TelegramUsername().IsMatch(telegram[1..])
            : long.TryParse(telegram, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 || TelegramUsername().IsMatch(telegram);
        return ok ? null
            : $"telegram '{telegram}' is neither a numeric user id nor a username (@name: 5-32 letters, digits or _)";
    }

    /// <summary>Null when <paramref name="wecom"/> is empty or a WeCom userid (1-64 of A-Za-z0-9_-@., starting with a letter or digit).</summary>
    public static string? WeComProblem(string? wecom) =>
        string.IsNullOrEmpty(wecom) || WeComUserId().IsMatch(wecom) ? null
            : $"wecom '{wecom}' is not a WeCom userid (1-64 letters, digits or _-@., starting with a letter or digit)";

    [GeneratedRegex("^[A-Za-z0-9_]{5,32}$")]
    private static partial Regex TelegramUsername();

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_@.-]{0,63}$")]
    private static partial Regex WeComUserId();
}
