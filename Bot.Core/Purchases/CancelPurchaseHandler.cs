using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary><c>取消代购 12</c>: the resident withdraws a request before it is bought.</summary>
internal sealed class CancelPurchaseHandler(PurchaseStore store, PurchaseService service) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "cancelbuy",
        Hans = ["取消代购", "撤回代购"],
        Hant = ["取消代購", "撤回代購"],
        English = ["cancel purchase"],
        Roles = CommandSpec.Everyone,
        KeepsConversation = true,
        Description = PurchasesTexts.CancelBuyDescription,
        Usage = new Texts.Text("取消代购 12", "取消代購 12", "/cancelbuy 12"),
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Args.Length == 0 && context.Conversation is { Flow: PurchaseFlow.FlowName } draft)
        {
            // 取消代购 while still filling one in: this one is what is meant, and nothing was submitted yet.
            context.EndConversation(draft);
            context.Reply(PurchasesTexts.DraftCancelled);
            return;
        }

        if (PurchaseCommand.Find(context, store, Spec, out _) is not { } found)
        {
            return;
        }

        var result = service.Cancel(found.Id, context.Person);
        switch (result.Outcome)
        {
            case PurchaseOutcome.Done:
                context.Reply(PurchasesTexts.CancelledResident, found.Id);
                break;
            case PurchaseOutcome.NotYours:
                context.Reply(PurchasesTexts.NotYourRequest, found.Id);
                break;
            default:
                context.Reply(PurchasesTexts.CannotCancel, found.Id, PurchaseCommand.Status(context, result.Request ?? found));
                break;
        }
    }
}
