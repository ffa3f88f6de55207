using Bot.Core.Messaging;

namespace Bot.Core.General;

/// <summary><c>取消</c>: leaves the current conversation from any step.</summary>
internal sealed class CancelHandler : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "cancel",
        Hans = ["取消", "退出"],
        Hant = ["取消"],
        English = ["cancel"],
        Roles = CommandSpec.Everyone,
        Description = CoreTexts.CancelDescription,
        AllowedInUnboundGroup = true,
        InterruptsConversation = true,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Conversation is { } state)
        {
            context.EndConversation(state);
            context.Reply(CoreTexts.Cancelled);
            return;
        }

        context.Reply(CoreTexts.NothingToCancel);
    }
}
