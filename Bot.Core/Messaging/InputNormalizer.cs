using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Core.Messaging;

/// <summary>Turns what people type into a canonical form: NFKC, unified spaces and punctuation, trimmed.</summary>
public static partial class InputNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        string s;
        try
        {
            // NFKC folds full-width forms (＃１２ → #12, ／ → /, ideographic space → space).
            s = text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Lone surrogates cannot be normalised; keep the text as it is.
            s = text;
        }

        s = s.Replace('，', ',').Replace('。', '.').Replace('、', ',').Replace('；', ';').Replace('：', ':')
            .Replace('“', '"').Replace('”', '"').Replace('‘', '\'').Replace('’', '\'').Replace('\u00A0', ' ');
        s = ControlChars().Replace(s, " ");
        s = string.Join('\n', s.Split('\n').Select(line => Spaces().Replace(line, " ").Trim()));
        return s.Trim();
    }

    /// <summary>Characters between a keyword and its arguments.</summary>
    public static bool IsSeparator(char c) => char.IsWhiteSpace(c) || c is ':' or ',' or ';' or '.' or '-' or '=';

    [GeneratedRegex(@"[\p{Cc}-[\n]]")]
    private static partial Regex ControlChars();

    [GeneratedRegex(@"[ \t\u2000-\u200B\u202F\u205F]+")]
    private static partial Regex Spaces();
}
