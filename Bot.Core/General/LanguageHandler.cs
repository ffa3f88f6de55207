using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.General;

/// <summary><c>语言 繁体</c>: the person's choice of language, kept from then on.</summary>
internal sealed class LanguageHandler(IPeopleStore people) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "language",
        Hans = ["语言"],
        Hant = ["語言"],
        English = ["language"],
        SlashAliases = ["lang"],
        Roles = CommandSpec.Everyone,
        Description = CoreTexts.LanguageDescription,
        Usage = new Text("语言 简体/繁体/English", "語言 簡體/繁體/English", "/language zh-hans|zh-hant|en"),
        AllowedInUnboundGroup = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Languages.FromWord(context.Args) is not { } language)
        {
            context.Reply(CoreTexts.LanguageUsage);
            return;
        }

        context.Person.Language = language;
        context.Person.LanguageChosen = true;
        people.Save(context.Person);
        context.Reply(CoreTexts.LanguageSet.Get(language));
    }
}
