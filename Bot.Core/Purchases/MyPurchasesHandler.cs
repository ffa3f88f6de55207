using Bot.Core.Messaging;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary><c>我的代购</c>: the resident's own requests with their status, newest first.</summary>
internal sealed class MyPurchasesHandler(IPurchaseStore store) : ICommandHandler
{
    private const int Shown = 10;

    public CommandSpec Spec { get; } = new()
    {
        Name = "mybuys",
        Hans = ["我的代购"],
        Hant = ["我的代購"],
        English = ["my purchases"],
        Roles = CommandSpec.Everyone,
        KeepsConversation = true,
        Description = PurchasesTexts.MineDescription,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var mine = store.OfResident(context.Person.Id).Take(Shown).ToList();
        if (!context.Message.IsPrivate)
        {
            context.Reply(PurchasesTexts.SentPrivately);
        }

        if (mine.Count == 0)
        {
            context.ReplyPrivately(context.T(PurchasesTexts.MineEmpty));
            return;
        }

        var lang = context.Language;
        var lines = mine.Select(r =>
        {
            var status = PurchaseViews.StatusName(r.Status).Get(lang);
            var by = r.IsOpen && r.ClaimerName is { } c ? PurchasesTexts.ClaimerPart.Format(lang, c) : "";
            return $"#{r.Id} · {PurchaseCategories.Label(r.Category).Get(lang)} · {PurchaseViews.ShortItems(r.Items)} · {status}{by}";
        });
        context.ReplyPrivately(context.T(PurchasesTexts.MineHeader) + "\n" + string.Join("\n", lines));
    }
}
