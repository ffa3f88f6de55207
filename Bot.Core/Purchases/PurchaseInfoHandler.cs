using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>
/// <c>代购详情 12</c>: one request, always answered in private. The address and phone are shown to the claimer while
/// the request is claimed or bought, to the community's secretary until it is delivered, and to the resident.
/// </summary>
internal sealed class PurchaseInfoHandler(IPurchaseStore store) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "buyinfo",
        Hans = ["代购详情"],
        Hant = ["代購詳情"],
        English = ["purchase info"],
        Roles = CommandSpec.Everyone,
        Description = PurchasesTexts.InfoDescription,
        Usage = new Texts.Text("代购详情 12", "代購詳情 12", "/buyinfo 12"),
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PurchaseCommand.Find(context, store, Spec, out _) is not { } r)
        {
            return;
        }

        var viewer = context.Person;
        if (viewer.Role == Role.Resident && r.ResidentId != viewer.Id)
        {
            context.Reply(PurchasesTexts.NotYourRequest, r.Id);
            return;
        }

        if (!context.Message.IsPrivate)
        {
            context.Reply(PurchasesTexts.SentPrivately);
        }

        context.ReplyPrivately(PurchaseViews.Details(r, context.Language, MaySeePrivate(viewer, r)));
    }

    public static bool MaySeePrivate(Person viewer, PurchaseRequest r)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(r);
        return r.ResidentId == viewer.Id
            || (r.ClaimerId == viewer.Id && r.DetailsVisibleToClaimer)
            || (viewer.Role == Role.Secretary && viewer.CommunityId == r.CommunityId && r.IsOpen);
    }
}
