using Bot.Core.Messaging;
using Bot.Core.Messaging.Intents;

namespace Bot.Core.General;

/// <summary><c>谢谢</c>: a friendly answer, so thanks never get "did not understand".</summary>
internal sealed class ThanksHandler : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "thanks",
        Hans = ["谢谢", "多谢", "感谢"],
        Hant = ["謝謝", "多謝", "感謝"],
        English = ["thanks", "thank you"],
        Roles = CommandSpec.Everyone,
        Description = IntentTexts.ThanksDescription,
        Hidden = true,
        AllowedInUnboundGroup = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);

        // Thanks in a group are people talking among themselves.
        if (context.Message.IsPrivate)
        {
            context.Reply(IntentTexts.YouAreWelcome);
        }
    }
}
