namespace Bot.Host.Channels.Console;

/// <summary>
/// One line of the console protocol: <c>NAME: text</c> (private), <c>NAME@GROUP: text</c> (in a group),
/// <c># comment</c>; a literal <c>\n</c> is a line break; <c>!press DATA</c> presses a button.
/// </summary>
internal sealed record ConsoleLine(string Name, string? Group, string? Text, string? Press, string? Location)
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

        return new ConsoleLine(who, group, text, null, null);
    }
}
