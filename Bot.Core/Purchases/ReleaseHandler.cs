using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary><c>放弃接单 12 原因</c>: the claimer gives a request back to the pool, saying why.</summary>
internal sealed class ReleaseHandler(PurchaseStore store, PurchaseService service) : ICommandHandler
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

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (PurchaseCommand.Find(context, store, Spec, out var reason) is not { } found)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            context.Reply(PurchasesTexts.ReleaseNeedsReason, found.Id);
            return;
        }

        var result = service.Release(found.Id, context.Person, RawText.Recover(context.Message.Text, reason));
        switch (result.Outcome)
        {
            case PurchaseOutcome.Done:
                context.Reply(PurchasesTexts.Released, found.Id);
                break;
            case PurchaseOutcome.NotYours:
                context.Reply(PurchasesTexts.NotYourClaim, found.Id);
                break;
            default:
                context.Reply(PurchasesTexts.CannotRelease, found.Id, PurchaseCommand.Status(context, result.Request ?? found));
                break;
        }
    }
}
