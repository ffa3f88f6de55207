using System.Text;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Host.Channels.WeCom;

/// <summary>Turns a neutral message into WeCom text: buttons become "reply …" lines in the message's language; text is cut to WeCom's byte limit.</summary>
internal static class WeComMessageFormatter
{
    /// <summary>WeCom's limit for a text message's content, in UTF-8 bytes.</summary>
    public const int MaxTextBytes = 2048;

    /// <summary>The message's text with its buttons as lines; documents are sent on their own (see WeComDocuments).</summary>
    public static string Render(OutgoingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sb = new StringBuilder(message.Text);
        var line = message.To.ChatId.StartsWith(WeComChatIds.Robot, StringComparison.Ordinal) ? WeComTexts.RobotButtonLine : WeComTexts.ButtonLine;
        foreach (var row in message.Buttons)
        {
            foreach (var b in row)
            {
                sb.Append('\n').Append(line.Format(message.Language ?? Language.ZhHans, b.Label, b.Data));
            }
        }

        return sb.ToString();
    }

    /// <summary>Splits text into parts of at most <paramref name="maxBytes"/> UTF-8 bytes, at line breaks where possible, never inside a character.</summary>
    public static IReadOnlyList<string> SplitBytes(string text, int maxBytes = MaxTextBytes)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Encoding.UTF8.GetByteCount(text) <= maxBytes)
        {
            return [text];
        }

        var parts = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var end = start;
            var bytes = 0;
            var lastBreak = -1;
            while (end < text.Length)
            {
                var width = char.IsHighSurrogate(text[end]) && end + 1 < text.Length ? 2 : 1;
                var size = Encoding.UTF8.GetByteCount(text.AsSpan(end, width));
                if (bytes + size > maxBytes)
                {
                    break;
                }

                if (text[end] == '\n')
                {
                    lastBreak = end;
                }

                bytes += size;
                end += width;
            }

            var cut = end < text.Length && lastBreak > start ? lastBreak : end;
            parts.Add(text[start..cut]);
            start = cut < text.Length && text[cut] == '\n' ? cut + 1 : cut;
        }

        return parts;
    }
}
