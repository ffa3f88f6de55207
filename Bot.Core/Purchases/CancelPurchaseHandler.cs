using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary><c>取消代购 12</c>: the resident withdraws a request before it is bought.</summary>
internal sealed class CancelPurchaseHandler(IPurchaseStore store, PurchaseService service) : ICommandHandler
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

    private static readonly PurchaseReplies Replies = new()
    {
        Refused = PurchasesTexts.CannotCancel,
        NotYours = PurchasesTexts.NotYourRequest,
        Withdrawn = PurchasesTexts.AlreadyWithdrawn,
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

        PurchaseStep.Run(context, store, Spec, Replies, (found, _) => service.Cancel(found.Id, context.Person),
            r => context.Reply(PurchasesTexts.CancelledResident, r.Id));
    }
}
