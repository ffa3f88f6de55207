using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Messaging.Intents;

/// <summary>
/// A phrase as the recogniser looks for it: cleaned, with its command and how to read its arguments;
/// <paramref name="FromTable"/> when a feature declared it (not only a command keyword).
/// </summary>
internal sealed record IntentEntry(ICommandHandler Handler, string Phrase, Language? Language, IReadOnlyList<Role>? Roles, bool NeedsNumber, IntentArgs Args, bool FromTable)
{
    public bool IsLatin => Phrase.All(c => c < 0x80);

    public bool For(Role role) => Roles is null || Roles.Contains(role);
}
