using Bot.Core.Messaging;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>
/// <c>重点户 3-2-301 独居老人</c>: the secretary flags a household (elderly, home observation) so its requests are listed
/// first; the same address again removes the flag; <c>重点户</c> alone lists them. Answers are private (they hold addresses).
/// </summary>
internal sealed class PriorityHouseholdHandler(IPurchaseHouseholdStore households, TimeProvider time) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "priorityhome",
        Hans = ["重点户"],
        Hant = ["重點戶"],
        English = ["priority household"],
        Roles = CommandSpec.Secretaries,
        Description = PurchasesTexts.PriorityDescription,
        Usage = new Texts.Text("重点户 3-2-301 说明", "重點戶 3-2-301 說明", "/priorityhome 3-2-301 NOTE"),
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Message.IsPrivate)
        {
            context.Reply(PurchasesTexts.SentPrivately);
        }

        var lang = context.Language;
        if (string.IsNullOrWhiteSpace(context.Args))
        {
            var all = households.Priorities(context.CommunityId);
            context.ReplyPrivately(all.Count == 0 ? context.T(PurchasesTexts.PriorityEmpty)
                : context.T(PurchasesTexts.PriorityHeader) + "\n" + string.Join("\n", all.Select(p => $"{p.Address.Full(lang)} {p.Note}".TrimEnd())));
            return;
        }

        if (!TryRead(context.Args, out var address, out var note))
        {
            context.ReplyPrivately(context.T(PurchasesTexts.PriorityUsage));
            return;
        }

        var key = IPurchaseHouseholdStore.KeyOf(context.CommunityId, address);
        if (households.Unflag(key))
        {
            context.ReplyPrivately(context.T(PurchasesTexts.PriorityUnflagged, address.Full(lang)));
            return;
        }

        households.Flag(new PriorityHousehold
        {
            Id = key,
            CommunityId = context.CommunityId,
            Address = address,
            Note = RawText.Recover(context.Message.Text, note),
            FlaggedBy = context.Person.Id,
            FlaggedAtUtc = time.GetUtcNow().UtcDateTime,
        });
        context.ReplyPrivately(context.T(PurchasesTexts.PriorityFlagged, address.Full(lang)));
    }

    /// <summary>The longest start of the arguments that reads as an address; the rest is the note.</summary>
    private static bool TryRead(string args, out HouseholdAddress address, out string note)
    {
        var words = args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(words.Length, 3); n >= 1; n--)
        {
            if (HouseholdAddress.TryParse(string.Join(' ', words[..n])) is { } a)
            {
                address = a;
                note = string.Join(' ', words[n..]);
                return true;
            }
        }

        address = new HouseholdAddress();
        note = "";
        return false;
    }
}
