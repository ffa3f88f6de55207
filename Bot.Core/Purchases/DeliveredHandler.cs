using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary>
/// <c>已送达 12 [金额]</c>: the claimer left the goods at the door; the resident is told, the address is hidden again.
/// Without 已买到 first it implies bought (with the amount, if given). As a photo's caption it also attaches the photo
/// as the delivery photo.
/// </summary>
internal sealed class DeliveredHandler(IPurchaseStore store, PurchaseService service) : ICommandHandler
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

    private static readonly PurchaseReplies Replies = new()
    {
        Refused = PurchasesTexts.CannotDeliver,
        NotYours = PurchasesTexts.NotYourClaim,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var photo = context.Message.Photo;
        PurchaseStep.Run(context, store, Spec, Replies, (found, rest) =>
        {
            if (photo is not null && found.Status == PurchaseStatus.Delivered)
            {
                // The delivery photo with 已送达 12 as its caption, after the goods were marked delivered.
                PurchasePhotoHandler.AttachAndReply(context, service, found.Id, PurchasePhotoKind.Delivery, photo);
                return null;
            }

            if (!PurchaseAmount.TryParse(rest, out var amount))
            {
                context.Reply(PurchasesTexts.AmountInvalid, found.Id);
                return null;
            }

            return service.MarkDelivered(found.Id, context.Person, amount);
        }, r =>
        {
            context.Reply(PurchasesTexts.DeliveredForClaimer, r.Id);
            if (photo is not null)
            {
                PurchasePhotoHandler.AttachAndReply(context, service, r.Id, PurchasePhotoKind.Delivery, photo);
            }
        });
    }
}
