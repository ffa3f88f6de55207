using Bot.Core.Messaging;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>
/// <c>代购列表</c>: the community's open requests, priority households first, then oldest first, with waiting time.
/// Lines are the public form, so the list may be asked for in the cadre group.
/// </summary>
internal sealed class PurchaseListHandler(IPurchaseStore store, IPurchaseHouseholdStore households) : ICommandHandler
{
    private const int Shown = 30;

    public CommandSpec Spec { get; } = new()
    {
        Name = "buylist",
        Hans = ["代购列表"],
        Hant = ["代購列表"],
        English = ["purchase list"],
        Roles = CommandSpec.Staff,
        Description = PurchasesTexts.ListDescription,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var lang = context.Language;
        var priority = households.PriorityKeys(context.CommunityId);
        var open = store.OfCommunity(context.CommunityId).Where(r => r.IsOpen)
            .OrderByDescending(r => priority.Contains(r.HouseholdKey))
            .ThenBy(r => r.CreatedAtUtc)
            .ToList();
        if (open.Count == 0)
        {
            context.Reply(PurchasesTexts.ListEmpty);
            return;
        }

        var lines = open.Take(Shown).Select(r =>
        {
            var status = PurchaseViews.StatusName(r.Status).Get(lang)
                + (r.ClaimerName is { } c ? PurchasesTexts.ClaimerPart.Format(lang, c) : "");
            var waiting = PurchaseViews.Duration(context.Now.UtcDateTime - r.CreatedAtUtc, lang);
            return PurchasesTexts.ListLine.Format(lang, PurchaseViews.PublicLine(r, lang, priority.Contains(r.HouseholdKey)), status, waiting);
        });
        var buttons = open.Where(r => r.Status == PurchaseStatus.New).Take(5)
            .Select(r => (IReadOnlyList<Button>)[new Button($"{context.T(PurchasesTexts.ButtonClaim)} #{r.Id}", $"/claim {r.Id}")])
            .ToList();
        context.Reply(context.T(PurchasesTexts.ListHeader, open.Count) + "\n" + string.Join("\n", lines), buttons);
    }
}
