using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary><c>放弃接单 12 原因</c>: the claimer gives a request back to the pool, saying why.</summary>
internal sealed class ReleaseHandler(IPurchaseStore store, PurchaseService service) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "release",
        Hans = ["放弃接单"],
        Hant = ["放棄接單"],
        English = ["release"],
        Roles = CommandSpec.Staff,
        Description = PurchasesTexts.ReleaseDescription,
        Usage = new Texts.Text("放弃接单 12 原因", "放棄接單 12 原因", "/release 12 REASON"),
    };

    private static readonly PurchaseReplies Replies = new()
    {
        Refused = PurchasesTexts.CannotRelease,
        NotYours = PurchasesTexts.NotYourClaim,
    };

    public void Handle(CommandContext context) =>
        PurchaseStep.Run(context, store, Spec, Replies, (found, reason) =>
        {
            if (string.IsNullOrWhiteSpace(reason))
            {
                context.Reply(PurchasesTexts.ReleaseNeedsReason, found.Id);
                return null;
            }

            return service.Release(found.Id, context.Person, RawText.Recover(context.Message.Text, reason));
        }, r => context.Reply(PurchasesTexts.Released, r.Id));
}
