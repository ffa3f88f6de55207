using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Messaging.Intents;

/// <summary>Short ways to write a feature's phrase table.</summary>
public static class Phrasings
{
    public static IEnumerable<IntentPhrase> Hans(string command, params string[] phrases) => Of(command, Language.ZhHans, null, false, phrases);

    public static IEnumerable<IntentPhrase> Hant(string command, params string[] phrases) => Of(command, Language.ZhHant, null, false, phrases);

    public static IEnumerable<IntentPhrase> English(string command, params string[] phrases) => Of(command, Language.English, null, false, phrases);

    public static IEnumerable<IntentPhrase> Of(string command, Language language, IReadOnlyList<Role>? roles, bool needsNumber, params string[] phrases) =>
        phrases.Select(p => new IntentPhrase(command, p, language, roles, needsNumber));
}
