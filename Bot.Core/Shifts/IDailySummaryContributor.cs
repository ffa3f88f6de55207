using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary>
/// Adds lines to the secretary's daily summary (e.g. purchase figures). Register implementations with
/// <c>services.AddSingleton&lt;IDailySummaryContributor, MyContributor&gt;()</c>; they run inside the summary's transaction,
/// so they must only read.
/// </summary>
public interface IDailySummaryContributor
{
    /// <summary>Lines for the community and local date, in the reader's language; empty for nothing to say.</summary>
    IEnumerable<string> Lines(string communityId, DateOnly date, Language language);
}
