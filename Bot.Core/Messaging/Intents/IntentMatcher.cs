using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Messaging.Intents;

/// <summary>The two searches of the recogniser: known phrases anywhere in the sentence, and one-character typos.</summary>
internal static class IntentMatcher
{
    private const double Typo = 0.75;

    /// <summary>Every command whose phrase stands in <paramref name="text"/> (a phrase inside a longer one of another command does not count).</summary>
    public static List<IntentCandidate> Phrases(IReadOnlyList<IntentEntry> entries, string text, Role role, IReadOnlySet<string> empty,
        IReadOnlyList<(IntentEntry Entry, int Index, int Length)> typos)
    {
        var hits = new List<(IntentEntry Entry, int Index)>();
        foreach (var e in entries.Where(e => e.For(role)))
        {
            for (var i = text.IndexOf(e.Phrase, StringComparison.OrdinalIgnoreCase); i >= 0; i = text.IndexOf(e.Phrase, i + 1, StringComparison.OrdinalIgnoreCase))
            {
                if (!e.IsLatin || Bounded(text, i, e.Phrase.Length))
                {
                    hits.Add((e, i));
                }
            }
        }

        // A typo hides a phrase only when its right characters outnumber the phrase's (代购列彪 is 代购列表, not 代购).
        var spans = hits.Select(h => (h.Entry, h.Index, h.Entry.Phrase.Length, Right: h.Entry.Phrase.Length))
            .Concat(typos.Select(t => (t.Entry, t.Index, t.Length, Right: t.Length - 1))).ToList();
        var result = new List<IntentCandidate>();
        foreach (var (e, i) in hits)
        {
            var end = i + e.Phrase.Length;
            if (spans.Any(s => s.Entry.Handler != e.Handler && s.Right > e.Phrase.Length && s.Index <= i && end <= s.Index + s.Length))
            {
                continue;
            }

            var before = text[..i];
            var after = text[end..];
            if (IntentArguments.Read(e.Args, before, after, empty, out var penalty, e.NeedsNumber) is not { } args)
            {
                continue;
            }

            var atStart = IntentText.WithoutFiller(before).Length == 0;
            var atEnd = IntentText.WithoutFiller(after).Length == 0;
            // The phrase is the whole message (filler aside): as sure as a keyword after filler. Else a phrase at either
            // end is likelier meant than one in the middle, and a one-character phrase needs to lead.
            var position = atStart && atEnd && args.Length == 0 ? 0.95
                : e.Phrase.Length >= 2 || e.IsLatin ? atStart || atEnd ? 0.9 : 0.8
                : atStart ? 0.8 : 0.6;
            result.Add(new IntentCandidate(e.Handler, e.Phrase, args, e.Language, Math.Round(position - penalty, 2), $"phrase '{e.Phrase}'"));
        }

        return result;
    }

    /// <summary>
    /// Keywords of four or more characters (five letters) at the start or end of the text, or of three as the whole text,
    /// with one character wrong, missing or extra.
    /// </summary>
    /// <param name="keep">When given, only spans it accepts (entry, width) are looked for, and only at the start: a leading
    /// keyword's check for a longer near-miss needs no more, and skipping the rest keeps that check cheap.</param>
    public static List<(IntentEntry Entry, int Index, int Length)> TypoSpans(IReadOnlyList<IntentEntry> entries, string text, Role role,
        Func<IntentEntry, int, bool>? keep = null)
    {
        var spans = new List<(IntentEntry, int, int)>();
        var lower = text.ToLowerInvariant();
        if (lower.Length != text.Length)
        {
            return spans;
        }

        foreach (var e in entries.Where(e => e.For(role) && !e.NeedsNumber && e.Phrase.Length >= (e.IsLatin ? 5 : 3)))
        {
            for (var w = Math.Max(e.Phrase.Length - 1, e.IsLatin ? 5 : 3); w <= e.Phrase.Length + 1; w++)
            {
                if (w > text.Length)
                {
                    break;
                }

                // A three-character phrase is too easily one character away from something else: only the whole message counts.
                if ((!e.IsLatin && e.Phrase.Length < 4 && w != text.Length) || (keep is not null && !keep(e, w)))
                {
                    continue;
                }

                if (Distance(lower.AsSpan(0, w), e.Phrase) == 1 && (!e.IsLatin || Bounded(text, 0, w)))
                {
                    spans.Add((e, 0, w));
                }
                else if (keep is null && w < text.Length && Distance(lower.AsSpan(lower.Length - w), e.Phrase) == 1 && (!e.IsLatin || Bounded(text, text.Length - w, w)))
                {
                    spans.Add((e, text.Length - w, w));
                }
            }
        }

        return spans;
    }

    public static List<IntentCandidate> Typos(IEnumerable<(IntentEntry Entry, int Index, int Length)> spans, string text, IReadOnlySet<string> empty)
    {
        var result = new List<IntentCandidate>();
        foreach (var (e, i, w) in spans)
        {
            if (IntentArguments.Read(e.Args, text[..i], text[(i + w)..], empty, out var penalty, e.NeedsNumber) is { } args)
            {
                result.Add(new IntentCandidate(e.Handler, text.Substring(i, w), args, e.Language, Math.Round(Typo - penalty, 2), $"typo of '{e.Phrase}'"));
            }
        }

        return result;
    }

    private static bool Bounded(string text, int index, int length) =>
        (index == 0 || !char.IsAsciiLetterOrDigit(text[index - 1]))
        && (index + length >= text.Length || !char.IsAsciiLetterOrDigit(text[index + length]));

    /// <summary>
    /// Levenshtein distance of two short strings, without allocating: it runs for every phrase at up to six places in
    /// every typed message (the inbound path's hottest loop once a sentence is not a plain keyword).
    /// </summary>
    private static int Distance(ReadOnlySpan<char> a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return 2;
        }

        Span<int> rows = b.Length < 64 ? stackalloc int[2 * (b.Length + 1)] : new int[2 * (b.Length + 1)];
        var previous = rows[..(b.Length + 1)];
        var current = rows[(b.Length + 1)..];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
