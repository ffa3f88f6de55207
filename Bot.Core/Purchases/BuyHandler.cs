using Bot.Core.Messaging;

namespace Bot.Core.Purchases;

/// <summary><c>代购</c> (买菜 / 买药 / 送饭 / /buy): starts the purchase conversation, in private.</summary>
internal sealed class BuyHandler(PurchaseFlow flow) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "buy",
        Hans = PurchaseFlow.StartHans,
        Hant = PurchaseFlow.StartHant,
        English = ["buy"],
        Roles = CommandSpec.Everyone,
        Description = PurchasesTexts.BuyDescription,
    };

    public void Handle(CommandContext context) => flow.Start(context);
}
