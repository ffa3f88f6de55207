using Bot.Core.Messaging;
using Bot.Core.People;
using Microsoft.Extensions.Options;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>
/// A bare photo the claimer sends privately within <see cref="PurchasesOptions.PhotoWindow"/> of 已买到 / 已送达 is
/// that request's receipt / delivery photo (the latest such event wins) and goes to the resident privately. A photo
/// with the command as its caption is handled by <see cref="BoughtHandler"/> / <see cref="DeliveredHandler"/>.
/// </summary>
internal sealed class PurchasePhotoHandler(IPurchaseStore store, PurchaseService service, IOptions<PurchasesOptions> options) : IPhotoHandler
{
    private static readonly PurchaseReplies PhotoReplies = new()
    {
        Refused = PurchasesTexts.CannotAttachPhoto,
        NotYours = PurchasesTexts.NotYourClaim,
    };

    public bool TryHandle(CommandContext context, string photo)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Message.IsPrivate || !CommandSpec.Staff.Contains(context.Person.Role))
        {
            return false;
        }

        var now = context.Now.UtcDateTime;
        var window = options.Value.PhotoWindow;
        var claims = store.OfClaimer(context.Person.Id);
        var target = claims
            .Select(r => (Request: r, Kind: r.PhotoExpected(now, window)))
            .Where(x => x.Kind is not null)
            .OrderByDescending(x => x.Request.PhotoEventAtUtc(x.Kind!.Value))
            .FirstOrDefault();
        if (target.Request is null)
        {
            // Too late for a bare photo, but the claimer has a request a photo could belong to: say how to attach it.
            if (claims.LastOrDefault(r => r.Status is PurchaseStatus.Bought or PurchaseStatus.Delivered) is not { } recent)
            {
                return false;
            }

            context.Reply(PurchasesTexts.PhotoForWhichRequest, recent.Id, PurchaseViews.Duration(window, context.Language));
            return true;
        }

        AttachAndReply(context, service, target.Request.Id, target.Kind!.Value, photo);
        return true;
    }

    /// <summary>Attaches the photo of the message and tells the claimer what became of it.</summary>
    public static void AttachAndReply(CommandContext context, PurchaseService service, int id, PurchasePhotoKind kind, string photo)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(service);
        var result = service.AttachPhoto(id, context.Person, kind, context.Message.Channel, photo);
        PurchaseStep.Answer(context, id, result, PhotoReplies,
            r => context.Reply(kind == PurchasePhotoKind.Receipt ? PurchasesTexts.ReceiptPhotoForwarded : PurchasesTexts.DeliveryPhotoForwarded, r.Id));
    }
}
