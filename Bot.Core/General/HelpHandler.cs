using System.Text;
using Bot.Core.Messaging;
using Microsoft.Extensions.DependencyInjection;
using Bot.Core.Texts;

namespace Bot.Core.General;

/// <summary><c>帮助</c>: lists the commands the sender's role may use.</summary>
internal sealed class HelpHandler(IServiceProvider services) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "help",
        Hans = ["帮助", "菜单", "?"],
        Hant = ["幫助", "選單"],
        English = ["help"],
        Roles = CommandSpec.Everyone,
        Description = CoreTexts.HelpDescription,
        AllowedInUnboundGroup = true,
        InterruptsConversation = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var router = services.GetRequiredService<CommandRouter>();
        var sb = new StringBuilder(context.T(CoreTexts.HelpHeader));
        foreach (var h in router.Handlers.Where(h => !h.Spec.Hidden && h.Spec.Allows(context.Person.Role)))
        {
            var usage = h.Spec.Usage is { } u ? context.T(u) : Keyword(h.Spec, context.Language);
            sb.Append('\n').Append(context.T(CoreTexts.HelpLine, usage, h.Spec.Name, context.T(h.Spec.Description)));
        }

        sb.Append('\n').Append(context.T(CoreTexts.HelpFooter));
        context.Reply(sb.ToString());
    }

    private static string Keyword(CommandSpec spec, Texts.Language language)
    {
        var list = language switch
        {
            Texts.Language.ZhHant => spec.Hant.Count > 0 ? spec.Hant : spec.Hans,
            Texts.Language.English => spec.English,
            _ => spec.Hans,
        };
        return list.Count > 0 ? list[0] : "/" + spec.Name;
    }
}
