using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary><c>确认收到 12</c> (the button under "已放在您家门口"): the resident confirms receipt.</summary>
internal sealed class ReceivedHandler(IPurchaseStore store, PurchaseService service) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "received",
        Hans = ["确认收到", "确认收货"],
        Hant = ["確認收到", "確認收貨"],
        English = ["received"],
        Roles = CommandSpec.Everyone,
        Description = PurchasesTexts.ReceivedDescription,
        Usage = new Texts.Text("确认收到 12", "確認收到 12", "/received 12"),
    };

    private static readonly PurchaseReplies Replies = new()
    {
        Refused = PurchasesTexts.CannotConfirm,
        NotYours = PurchasesTexts.NotYourRequest,
        Withdrawn = PurchasesTexts.AlreadyWithdrawn,
    };

    public void Handle(CommandContext context) =>
        PurchaseStep.Run(context, store, Spec, Replies, (found, _) => service.Confirm(found.Id, context.Person),
            r => context.Reply(PurchasesTexts.ConfirmedResident, r.Id));
}
