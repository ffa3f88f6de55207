using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>
/// Adds lines to the secretary's daily summary (e.g. purchase figures); the summary is sent by Shifts, the lines come from
/// any feature, so the contract lives in the kernel and no feature needs another. Register implementations with
/// <c>services.AddSingleton&lt;IDailySummaryContributor, MyContributor&gt;()</c>; they run inside the summary's transaction,
/// so they must only read.
/// </summary>
public interface IDailySummaryContributor
{
    /// <summary>Lines for the community and local date, in the reader's language; empty for nothing to say.</summary>
    IEnumerable<string> Lines(string communityId, DateOnly date, Language language);
}
