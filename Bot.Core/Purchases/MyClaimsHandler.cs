using Bot.Core.Messaging;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary><c>我的接单</c>: the requests the volunteer is working on, with address and phone, always in private.</summary>
internal sealed class MyClaimsHandler(IPurchaseStore store) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "myclaims",
        Hans = ["我的接单"],
        Hant = ["我的接單"],
        English = ["my claims"],
        Roles = CommandSpec.Staff,
        KeepsConversation = true,
        Description = PurchasesTexts.ClaimsDescription,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mine = store.OfClaimer(context.Person.Id).Where(r => r.DetailsVisibleToClaimer).ToList();
        if (!context.Message.IsPrivate)
        {
            context.Reply(PurchasesTexts.SentPrivately);
        }

        if (mine.Count == 0)
        {
            context.ReplyPrivately(context.T(PurchasesTexts.ClaimsEmpty));
            return;
        }

        var lang = context.Language;
        var details = mine.Select(r => PurchaseViews.Details(r, lang, showPrivate: true));
        context.ReplyPrivately(context.T(PurchasesTexts.ClaimsHeader) + "\n\n" + string.Join("\n\n", details));
    }
}
