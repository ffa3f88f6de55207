namespace Bot.Host.Channels.Console;

/// <summary>
/// One line of the console protocol: <c>NAME: text</c> (private), <c>NAME@GROUP: text</c> (in a group),
/// <c># comment</c>; a literal <c>\n</c> is a line break; <c>!press DATA</c> presses a button; <c>!photo REF [caption]</c>
/// sends a photo known by the reference REF (the console's stand-in for a platform file id).
/// </summary>
internal sealed record ConsoleLine(string Name, string? Group, string? Text, string? Press, string? Location, string? Photo = null)
{
    public static ConsoleLine? Parse(string line, out string? problem)
    {
        problem = null;
        var trimmed = line.Trim();
        if (trimmed.Length == 0 || trimmed.StartsWith('#'))
        {
            return null;
        }

        var colon = trimmed.IndexOfAny([':', '：']);
        if (colon <= 0)
        {
            problem = "expected 'NAME: text' or 'NAME@GROUP: text'";
            return null;
        }

        var who = trimmed[..colon].Trim();
        var text = trimmed[(colon + 1)..].Trim().Replace("\\n", "\n", StringComparison.Ordinal);
        string? group = null;
        var at = who.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            group = who[(at + 1)..].Trim();
            who = who[..at].Trim();
        }

        if (who.Length == 0 || group is { Length: 0 })
        {
            problem = "the name before ':' (and the group after '@') must not be empty";
            return null;
        }

        if (text.StartsWith("!press ", StringComparison.Ordinal))
        {
            return new ConsoleLine(who, group, null, text["!press ".Length..].Trim(), null);
        }

        if (text.StartsWith("!location ", StringComparison.Ordinal))
        {
            return new ConsoleLine(who, group, null, null, text["!location ".Length..].Trim());
        }

        if (text.StartsWith("!photo", StringComparison.Ordinal) && (text.Length == 6 || char.IsWhiteSpace(text[6])))
        {
            var rest = text[6..].Trim();
            if (rest.Length == 0)
            {
                problem = "expected '!photo NAME' or '!photo NAME caption'";
                return null;
            }

            var end = rest.IndexOfAny([' ', '\t', '\n']);
            var caption = end < 0 ? null : rest[end..].Trim();
            return new ConsoleLine(who, group, caption is { Length: > 0 } ? caption : null, null, null, end < 0 ? rest : rest[..end]);
        }

        return new ConsoleLine(who, group, text, null, null);
    }
}
