namespace Bot.Core.Messaging;

/// <summary>Splits long text into parts of at most a given length, preferring line breaks, then spaces.</summary>
public static class TextSplitter
{
    public static IReadOnlyList<string> Split(string text, int maxLength)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 16);
        if (text.Length <= maxLength)
        {
            return [text];
        }

        var parts = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > maxLength)
        {
            var window = rest[..maxLength];
            var cut = window.LastIndexOf('\n');
            if (cut < maxLength / 2)
            {
                cut = window.LastIndexOf(' ');
            }

            if (cut < maxLength / 2)
            {
                cut = maxLength;
                // Never cut a surrogate pair in half.
                if (char.IsHighSurrogate(rest[cut - 1]))
                {
                    cut--;
                }
            }

            parts.Add(rest[..cut].ToString());
            rest = rest[cut..];
            if (rest.Length > 0 && (rest[0] == '\n' || rest[0] == ' '))
            {
                rest = rest[1..];
            }
        }

        if (rest.Length > 0)
        {
            parts.Add(rest.ToString());
        }

        return parts;
    }
}
