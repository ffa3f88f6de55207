using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>
/// The command registry: every <see cref="ICommandHandler"/> declares its keywords and roles; the router finds the
/// handler for a normalised line. Longest keyword wins, so <c>代购列表</c> is not read as <c>代购</c> + "列表".
/// </summary>
public sealed class CommandRouter
{
    private readonly Dictionary<string, ICommandHandler> _slash = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<(string Keyword, ICommandHandler Handler, Language Language)> _keywords = [];

    public CommandRouter(IEnumerable<ICommandHandler> handlers)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        Handlers = handlers.ToList();
        foreach (var h in Handlers)
        {
            foreach (var name in h.Spec.SlashAliases.Prepend(h.Spec.Name))
            {
                if (!_slash.TryAdd(name, h))
                {
                    throw new InvalidOperationException($"Slash command /{name} is registered twice ({_slash[name].Spec.Name}, {h.Spec.Name}).");
                }
            }

            AddKeywords(h, h.Spec.Hans, Language.ZhHans);
            AddKeywords(h, h.Spec.Hant, Language.ZhHant);
            AddKeywords(h, h.Spec.English, Language.English);
        }

        _keywords.Sort((a, b) => b.Keyword.Length.CompareTo(a.Keyword.Length));
    }

    public IReadOnlyList<ICommandHandler> Handlers { get; }

    public ICommandHandler? ByName(string name) => _slash.GetValueOrDefault(name);

    /// <summary>Finds the command in a normalised line, or null.</summary>
    public CommandMatch? Match(string normalized)
    {
        if (string.IsNullOrEmpty(normalized))
        {
            return null;
        }

        if (normalized[0] == '/')
        {
            return MatchSlash(normalized);
        }

        foreach (var (keyword, handler, language) in _keywords)
        {
            if (!normalized.StartsWith(keyword, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (normalized.Length > keyword.Length)
            {
                var next = normalized[keyword.Length];
                var latin = char.IsAsciiLetterOrDigit(keyword[^1]);
                if (latin && !InputNormalizer.IsSeparator(next))
                {
                    continue;
                }
            }

            return new CommandMatch(handler, keyword, Rest(normalized, keyword.Length), language, IsSlash: false);
        }

        return null;
    }

    private CommandMatch? MatchSlash(string normalized)
    {
        var end = 1;
        while (end < normalized.Length && !char.IsWhiteSpace(normalized[end]))
        {
            end++;
        }

        var token = normalized[1..end];
        var at = token.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            // /cmd@BotName: the channel adapter has already dropped commands meant for other bots.
            token = token[..at];
        }

        return _slash.TryGetValue(token, out var handler)
            ? new CommandMatch(handler, "/" + token, Rest(normalized, end), null, IsSlash: true)
            : null;
    }

    private static string Rest(string text, int from)
    {
        var i = from;
        while (i < text.Length && InputNormalizer.IsSeparator(text[i]) && text[i] != '\n')
        {
            i++;
        }

        // A keyword on its own line followed by content keeps the content (党课 <标题>\n<内容>).
        return text[i..].TrimStart('\n').Trim();
    }

    private void AddKeywords(ICommandHandler handler, IReadOnlyList<string> words, Language language)
    {
        foreach (var w in words)
        {
            var n = InputNormalizer.Normalize(w);
            if (_keywords.Any(k => string.Equals(k.Keyword, n, StringComparison.OrdinalIgnoreCase) && k.Handler != handler))
            {
                throw new InvalidOperationException($"Keyword '{n}' is registered twice ({handler.Spec.Name}).");
            }

            if (!_keywords.Any(k => string.Equals(k.Keyword, n, StringComparison.OrdinalIgnoreCase)))
            {
                _keywords.Add((n, handler, language));
            }
        }
    }
}
