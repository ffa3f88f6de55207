using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary><c>确认收到 12</c> (the button under "已放在您家门口"): the resident confirms receipt.</summary>
internal sealed class ReceivedHandler(PurchaseStore store, PurchaseService service) : ICommandHandler
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

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PurchaseCommand.Find(context, store, Spec, out _) is not { } found)
        {
            return;
        }

        var result = service.Confirm(found.Id, context.Person);
        switch (result.Outcome)
        {
            case PurchaseOutcome.Done:
                context.Reply(PurchasesTexts.ConfirmedResident, found.Id);
                break;
            case PurchaseOutcome.NotYours:
                context.Reply(PurchasesTexts.NotYourRequest, found.Id);
                break;
            default:
                context.Reply(PurchasesTexts.CannotConfirm, found.Id, PurchaseCommand.Status(context, result.Request ?? found));
                break;
        }
    }
}
