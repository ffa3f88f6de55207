using System.Text;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Messaging.Intents;

/// <summary>Answers of the recogniser: "您是想：" with one button per plausible command, and the reply language.</summary>
public static class IntentReplies
{
    private const int MaxButtonBytes = 64;

    /// <summary>Offers the plausible commands as buttons carrying the commands themselves.</summary>
    public static void AskChoices(CommandContext context, IReadOnlyList<IntentCandidate> choices)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(choices);
        var buttons = choices.Select(c =>
        {
            var data = "/" + c.Handler.Spec.Name + (c.Args.Length > 0 ? " " + c.Args : "");
            return new Button(KeywordOf(c.Handler.Spec, context.Language), Encoding.UTF8.GetByteCount(data) <= MaxButtonBytes ? data : "/" + c.Handler.Spec.Name);
        }).ToList();
        context.Reply(context.T(IntentTexts.DidYouMean), [buttons]);
    }

    /// <summary>The command's first keyword in the language, else its slash command.</summary>
    public static string KeywordOf(CommandSpec spec, Language language)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var list = language switch
        {
            Language.ZhHant => spec.Hant.Count > 0 ? spec.Hant : spec.Hans,
            Language.English => spec.English,
            _ => spec.Hans,
        };
        return list.Count > 0 ? list[0] : "/" + spec.Name;
    }

    /// <summary>
    /// The language to answer in: the person's own choice always wins; otherwise a keyword written in one script
    /// only (幫助) implies that language, while one spelled the same in several (我的班次) implies nothing.
    /// </summary>
    public static Language ReplyLanguage(Person person, CommandMatch? match)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.LanguageChosen || match?.Language is not { } implied)
        {
            return person.Language;
        }

        var spec = match.Handler.Spec;
        var own = person.Language switch
        {
            Language.ZhHant => spec.Hant,
            Language.English => spec.English,
            _ => spec.Hans,
        };
        return own.Any(k => string.Equals(InputNormalizer.Normalize(k), match.Keyword, StringComparison.OrdinalIgnoreCase)) ? person.Language : implied;
    }
}
