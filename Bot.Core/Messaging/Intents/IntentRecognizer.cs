using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Messaging.Intents;

/// <summary>
/// Finds the command a sentence means, deterministically and offline. An exact leading keyword or slash command is
/// taken as it always was (confidence 1). Otherwise: brackets, trailing particles and polite openings are dropped and
/// the keyword tried again; then every command's keywords and its feature's phrasings are looked for anywhere in the
/// sentence, the arguments read around them; last, one-character typos of longer keywords. Each candidate gets a
/// confidence; see <see cref="IntentResult"/> for when it runs and when the person is asked.
/// </summary>
public sealed class IntentRecognizer
{
    private readonly CommandRouter _router;
    private readonly List<IntentEntry> _entries = [];
    private readonly Dictionary<string, IntentArgs> _args = new(StringComparer.Ordinal);
    private readonly HashSet<string> _emptyArgs = new(StringComparer.OrdinalIgnoreCase);

    public IntentRecognizer(CommandRouter router, IEnumerable<IIntentTable> tables)
    {
        ArgumentNullException.ThrowIfNull(router);
        ArgumentNullException.ThrowIfNull(tables);
        _router = router;
        var phrases = new List<IntentPhrase>();
        var declared = new HashSet<(string, string)>();
        // Hidden (button) commands are named by their exact keywords only, or by phrases their feature declares.
        foreach (var h in router.Handlers.Where(h => !h.Spec.Hidden))
        {
            phrases.AddRange(h.Spec.Hans.Select(k => new IntentPhrase(h.Spec.Name, k, Language.ZhHans)));
            phrases.AddRange(h.Spec.Hant.Select(k => new IntentPhrase(h.Spec.Name, k, Language.ZhHant)));
            phrases.AddRange(h.Spec.English.Select(k => new IntentPhrase(h.Spec.Name, k, Language.English)));
        }

        foreach (var table in tables)
        {
            foreach (var (name, kind) in table.Arguments)
            {
                _args[name] = kind;
            }

            _emptyArgs.UnionWith(table.EmptyArguments.Select(InputNormalizer.Normalize));
            phrases.AddRange(table.Phrases);
            declared.UnionWith(table.Phrases.Select(p => (p.Command, IntentText.Clean(InputNormalizer.Normalize(p.Phrase)).ToLowerInvariant())));
        }

        foreach (var group in phrases.GroupBy(p => (p.Command, Phrase: IntentText.Clean(InputNormalizer.Normalize(p.Phrase)), Roles: RolesKey(p.Roles), p.NeedsNumber)))
        {
            if (group.Key.Phrase.Length == 0)
            {
                continue;
            }

            var handler = router.ByName(group.Key.Command)
                ?? throw new InvalidOperationException($"Intent phrase '{group.Key.Phrase}' names an unknown command '{group.Key.Command}'.");
            var languages = group.Select(p => p.Language).Distinct().ToList();
            _entries.Add(new IntentEntry(handler, group.Key.Phrase, languages.Count == 1 ? languages[0] : null,
                group.First().Roles, group.Key.NeedsNumber, ArgsOf(handler), declared.Contains((group.Key.Command, group.Key.Phrase.ToLowerInvariant()))));
        }
    }

    /// <summary>The phrasings known for a command (its keywords included), for documentation and tests.</summary>
    public IEnumerable<string> PhrasesOf(string command) => _entries.Where(e => e.Handler.Spec.Name == command).Select(e => e.Phrase);

    public IntentResult Recognize(string? normalized, Role role)
    {
        if (string.IsNullOrEmpty(normalized))
        {
            return IntentResult.None;
        }

        if (_router.Match(normalized) is { } exact)
        {
            var cleanedExact = exact.IsSlash ? null : Cleaned(exact, normalized);
            if (exact.IsSlash || !Outranked(exact, cleanedExact, role))
            {
                var args = exact.IsSlash ? exact.Args : Refine(exact, cleanedExact);
                return new IntentResult([new IntentCandidate(exact.Handler, exact.Keyword, args, exact.Language, 1, exact.IsSlash ? "slash command" : "keyword", exact.IsSlash)]);
            }
        }

        if (normalized[0] == '/')
        {
            return IntentResult.None;
        }

        var cleanedText = IntentText.Clean(normalized);
        var text = cleanedText;
        for (var i = 0; i < 8 && text.Length > 0; i++)
        {
            if (_router.Match(text) is { } cleaned)
            {
                var checkedText = Cleaned(cleaned, text);
                if (!Outranked(cleaned, checkedText, role))
                {
                    var args = Refine(cleaned, checkedText);
                    return new IntentResult([new IntentCandidate(cleaned.Handler, cleaned.Keyword, args ?? cleaned.Args, cleaned.Language, 0.95, "keyword after filler")]);
                }
            }

            var next = IntentText.StripOpening(text);
            if (next == text)
            {
                break;
            }

            text = next;
        }

        var typos = IntentMatcher.TypoSpans(_entries, text, role);
        var candidates = IntentMatcher.Phrases(_entries, text, role, _emptyArgs, typos);
        if (cleanedText != text)
        {
            // Phrases that begin with what looked like filler (我到了, 我接的单) are found in the sentence as written.
            candidates.AddRange(IntentMatcher.Phrases(_entries, cleanedText, role, _emptyArgs, IntentMatcher.TypoSpans(_entries, cleanedText, role)));
        }

        candidates.AddRange(IntentMatcher.Typos(typos, text, _emptyArgs));

        var ranked = candidates
            .Select(c => c.Handler.Spec.Allows(role) ? c : c with { Confidence = Math.Round(c.Confidence * 0.8, 2), Reason = c.Reason + ", not for this role" })
            .GroupBy(c => c.Handler.Spec.Name)
            .Select(g => g.OrderByDescending(c => c.Confidence).ThenByDescending(c => c.Phrase.Length).ThenBy(c => c.Args.Length).First())
            .OrderByDescending(c => c.Confidence).ThenByDescending(c => c.Phrase.Length)
            .ToList();
        return new IntentResult(ranked);
    }

    /// <summary>
    /// A leading keyword loses to a longer phrase of another command that a feature declared at the same place
    /// (代购记录 is 我的代购, not 代购 + "记录"; 开始值班 is 签到), or to a longer near-miss (代购列彪 is 代购列表).
    /// </summary>
    private bool Outranked(CommandMatch match, string? cleaned, Role role)
    {
        if (cleaned is null)
        {
            // The keyword is the whole message: nothing longer can stand there.
            return false;
        }

        var length = match.Keyword.Length;
        return _entries.Any(e => e.FromTable && e.For(role) && e.Handler != match.Handler && e.Phrase.Length > length
                && cleaned.StartsWith(e.Phrase, StringComparison.OrdinalIgnoreCase))
            || IntentMatcher.TypoSpans(_entries, cleaned, role, (e, w) => e.Handler != match.Handler && w - 1 > length).Count > 0;
    }

    /// <summary>The arguments of a leading keyword, read after a longer phrase of the same command when one leads (buy some <b>eggs</b>).</summary>
    private string Refine(CommandMatch match, string? cleaned)
    {
        if (cleaned is null)
        {
            return "";
        }

        var kind = ArgsOf(match.Handler);
        var longer = _entries.Where(e => e.FromTable && e.Handler == match.Handler && e.Phrase.Length > match.Keyword.Length
                && cleaned.StartsWith(e.Phrase, StringComparison.OrdinalIgnoreCase))
            .MaxBy(e => e.Phrase.Length);
        return longer is not null && IntentArguments.Read(kind, "", cleaned[longer.Phrase.Length..], _emptyArgs, out _) is { } args
            ? args
            : IntentArguments.Refine(kind, match.Args, _emptyArgs);
    }

    /// <summary>
    /// The text a leading keyword's two checks read (<see cref="Outranked"/>, <see cref="Refine"/>); null when the keyword
    /// is the whole message and neither needs it.
    /// </summary>
    private static string? Cleaned(CommandMatch match, string text) => match.Args.Length == 0 ? null : IntentText.Clean(text);

    private IntentArgs ArgsOf(ICommandHandler handler) => _args.GetValueOrDefault(handler.Spec.Name, IntentArgs.Rest);

    private static string RolesKey(IReadOnlyList<Role>? roles) => roles is null ? "" : string.Join(',', roles.Order());
}
