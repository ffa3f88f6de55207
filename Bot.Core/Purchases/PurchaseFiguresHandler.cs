using Bot.Core.Messaging;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary><c>代购日报</c>: today's figures for the secretary (the same line the daily summary uses).</summary>
internal sealed class PurchaseFiguresHandler(PurchaseStatistics statistics) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "buystats",
        Hans = ["代购日报", "代购统计"],
        Hant = ["代購日報", "代購統計"],
        English = ["purchase stats"],
        Roles = CommandSpec.Secretaries,
        Description = PurchasesTexts.FiguresDescription,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Reply(PurchaseStatistics.Describe(statistics.Today(context.CommunityId), context.Language));
    }
}
