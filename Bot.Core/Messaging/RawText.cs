namespace Bot.Core.Messaging;

/// <summary>
/// What the person actually typed, for text the bot passes on (a handover note, a purchase's items, a reason): the
/// router works on the normalised text (<see cref="InputNormalizer"/> turns ，：（） into ,:()), but what is forwarded or
/// stored for people to read keeps the writer's own punctuation.
/// </summary>
public static class RawText
{
    /// <summary>The command's arguments as typed; the normalised <see cref="CommandContext.Args"/> when they cannot be found.</summary>
    public static string Args(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Recover(context.Message.Text, context.Args);
    }

    /// <summary>
    /// The end of <paramref name="raw"/> that normalises to <paramref name="normalized"/>, trimmed; or
    /// <paramref name="normalized"/> itself when no end of <paramref name="raw"/> does.
    /// </summary>
    public static string Recover(string? raw, string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        if (normalized.Length == 0 || string.IsNullOrEmpty(raw))
        {
            return normalized;
        }

        var text = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        for (var i = 0; i < text.Length; i++)
        {
            if (InputNormalizer.Normalize(text[i..]) == normalized)
            {
                return text[i..].Trim();
            }
        }

        return normalized;
    }
}
