using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary><c>接单 12</c> (the 接单 button): a volunteer takes a request; the first wins, the others are told.</summary>
internal sealed class ClaimHandler(PurchaseStore store, PurchaseService service) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "claim",
        Hans = ["接单"],
        Hant = ["接單"],
        English = ["claim"],
        Roles = CommandSpec.Staff,
        Description = PurchasesTexts.ClaimDescription,
        Usage = new Texts.Text("接单 12", "接單 12", "/claim 12"),
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PurchaseCommand.Find(context, store, Spec, out _) is not { } found)
        {
            return;
        }

        // On success the claimer gets the details privately and the groups are told: nothing more to say here.
        var result = service.Claim(found.Id, context.Person);
        if (result.Done)
        {
            return;
        }

        if (result.Request is not { } r)
        {
            context.Reply(PurchasesTexts.NotFound, found.Id);
            return;
        }

        if (r.Status == PurchaseStatus.Cancelled)
        {
            context.Reply(PurchasesTexts.ClaimWithdrawn, r.Id);
        }
        else if (r.ClaimerName is { } by)
        {
            context.Reply(PurchasesTexts.AlreadyClaimed, r.Id, by);
        }
        else
        {
            context.Reply(PurchasesTexts.CannotClaim, r.Id, PurchaseCommand.Status(context, r));
        }
    }
}
