using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary>
/// <c>已送达 12 [金额]</c>: the claimer left the goods at the door; the resident is told, the address is hidden again.
/// Without 已买到 first it implies bought (with the amount, if given). As a photo's caption it also attaches the photo
/// as the delivery photo.
/// </summary>
internal sealed class DeliveredHandler(PurchaseStore store, PurchaseService service) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "delivered",
        Hans = ["已送达"],
        Hant = ["已送達"],
        English = ["delivered"],
        Roles = CommandSpec.Staff,
        Description = PurchasesTexts.DeliveredDescription,
        Usage = new Texts.Text("已送达 12 [金额]", "已送達 12 [金額]", "/delivered 12 [AMOUNT]"),
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PurchaseCommand.Find(context, store, Spec, out var rest) is not { } found)
        {
            return;
        }

        var photo = context.Message.Photo;
        if (photo is not null && found.Status == PurchaseStatus.Delivered)
        {
            // The delivery photo with 已送达 12 as its caption, after the goods were marked delivered.
            PurchasePhotoHandler.AttachAndReply(context, service, found.Id, PurchasePhotoKind.Delivery, photo);
            return;
        }

        if (!PurchaseAmount.TryParse(rest, out var amount))
        {
            context.Reply(PurchasesTexts.AmountInvalid, found.Id);
            return;
        }

        var result = service.MarkDelivered(found.Id, context.Person, amount);
        switch (result.Outcome)
        {
            case PurchaseOutcome.Done:
                context.Reply(PurchasesTexts.DeliveredForClaimer, found.Id);
                if (photo is not null)
                {
                    PurchasePhotoHandler.AttachAndReply(context, service, found.Id, PurchasePhotoKind.Delivery, photo);
                }

                break;
            case PurchaseOutcome.NotYours:
                context.Reply(PurchasesTexts.NotYourClaim, found.Id);
                break;
            default:
                context.Reply(PurchasesTexts.CannotDeliver, found.Id, PurchaseCommand.Status(context, result.Request ?? found));
                break;
        }
    }
}
