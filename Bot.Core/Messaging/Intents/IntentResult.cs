namespace Bot.Core.Messaging.Intents;

/// <summary>What a sentence was recognised as: the best candidate, the others, and whether to act or to ask.</summary>
public sealed record IntentResult(IReadOnlyList<IntentCandidate> Candidates)
{
    /// <summary>At or above this a recognised command runs; below it the person is offered buttons.</summary>
    public const double Sure = 0.7;

    /// <summary>Candidates under this are not offered at all.</summary>
    public const double Plausible = 0.5;

    /// <summary>Two commands closer than this are both plausible: ask.</summary>
    public const double Margin = 0.1;

    public static readonly IntentResult None = new([]);

    public IntentCandidate? Best => Candidates.Count > 0 ? Candidates[0] : null;

    /// <summary>The command to run: sure enough and no other command close to it.</summary>
    public IntentCandidate? Decision =>
        Best is { Confidence: >= Sure } best && (Candidates.Count < 2 || best.Confidence - Candidates[1].Confidence >= Margin || best.Confidence >= 1)
            ? best
            : null;

    /// <summary>The commands to offer as buttons when there is no decision.</summary>
    public IReadOnlyList<IntentCandidate> Choices =>
        Decision is null ? Candidates.Where(c => c.Confidence >= Plausible).Take(3).ToList() : [];
}
