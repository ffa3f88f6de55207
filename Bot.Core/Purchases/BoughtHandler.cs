using Bot.Core.Messaging;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>
/// <c>已买到 12 [金额]</c>: the claimer has the goods; the resident is told, with the amount if given. As a photo's
/// caption it also attaches the photo as the receipt (then also once the request is already bought).
/// </summary>
internal sealed class BoughtHandler(IPurchaseStore store, PurchaseService service) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "bought",
        Hans = ["已买到"],
        Hant = ["已買到"],
        English = ["bought"],
        Roles = CommandSpec.Staff,
        Description = PurchasesTexts.BoughtDescription,
        Usage = new Texts.Text("已买到 12 [金额]", "已買到 12 [金額]", "/bought 12 [AMOUNT]"),
    };

    private static readonly PurchaseReplies Replies = new()
    {
        Refused = PurchasesTexts.CannotBuy,
        NotYours = PurchasesTexts.NotYourClaim,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var photo = context.Message.Photo;
        PurchaseStep.Run(context, store, Spec, Replies, (found, rest) =>
        {
            if (photo is not null && found.Status is PurchaseStatus.Bought or PurchaseStatus.Delivered)
            {
                // The receipt photo with 已买到 12 as its caption, after the goods were marked bought.
                PurchasePhotoHandler.AttachAndReply(context, service, found.Id, PurchasePhotoKind.Receipt, photo);
                return null;
            }

            if (!PurchaseAmount.TryParse(rest, out var amount))
            {
                context.Reply(PurchasesTexts.AmountInvalid, found.Id);
                return null;
            }

            return service.MarkBought(found.Id, context.Person, amount);
        }, r =>
        {
            context.Reply(context.T(PurchasesTexts.BoughtForClaimer, r.Id, PurchaseNotifier.AmountPart(r, context.Language)),
                [[new Button(context.T(PurchasesTexts.ButtonDelivered), $"/delivered {r.Id}")]]);
            if (photo is not null)
            {
                PurchasePhotoHandler.AttachAndReply(context, service, r.Id, PurchasePhotoKind.Receipt, photo);
            }
        });
    }
}
