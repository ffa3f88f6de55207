using Bot.Core.Membership;
using Bot.Core.Messaging;
using Bot.Core.People;

namespace Bot.Core.General;

/// <summary><c>/start</c>: greets, and asks a new resident to pick their community.</summary>
internal sealed class StartHandler(CommunityPrompt communityPrompt) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "start",
        Hans = ["开始", "你好", "您好"],
        Hant = ["開始"],
        English = ["hello", "hi"],
        Roles = CommandSpec.Everyone,
        Description = CoreTexts.StartDescription,
        AllowedInUnboundGroup = true,
        InterruptsConversation = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Reply(CoreTexts.Greeting, context.Person.Name);
        if (context.Person.Role == Role.Resident && string.IsNullOrEmpty(context.Person.CommunityId) && context.Message.IsPrivate)
        {
            communityPrompt.Ask(context);
        }
    }
}
