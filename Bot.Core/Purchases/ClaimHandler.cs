using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary><c>接单 12</c> (the 接单 button): a volunteer takes a request; the first wins, the others are told.</summary>
internal sealed class ClaimHandler(IPurchaseStore store, PurchaseService service) : ICommandHandler
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

    private static readonly PurchaseReplies Replies = new()
    {
        Refused = PurchasesTexts.CannotClaim,
        Withdrawn = PurchasesTexts.ClaimWithdrawn,
        TakenBy = PurchasesTexts.AlreadyClaimed,
    };

    // On success the claimer gets the details privately and the groups are told: nothing more to say here.
    public void Handle(CommandContext context) =>
        PurchaseStep.Run(context, store, Spec, Replies, (found, _) => service.Claim(found.Id, context.Person), _ => { });
}
