using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>The questions of the purchase conversation, always asked in the person's private chat, with buttons.</summary>
internal static class PurchasePrompts
{
    public static void Items(CommandContext context, Text? problem = null, params object[] args) =>
        Ask(context, problem ?? PurchasesTexts.AskItems, args);

    public static void Category(CommandContext context, PurchaseCategory? guess, bool invalid = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = invalid ? context.T(PurchasesTexts.CategoryInvalid)
            : guess is { } g ? context.T(PurchasesTexts.AskCategoryGuess, PurchaseCategories.Label(g).Get(context.Language))
            : context.T(PurchasesTexts.AskCategory);
        var choices = PurchaseCategories.Choices.OrderByDescending(c => c.Category == guess)
            .Select(c => new Button((c.Category == guess ? "✓ " : "") + PurchaseCategories.Label(c.Category).Get(context.Language), c.Data))
            .ToList();
        context.ReplyPrivately(text, [choices]);
    }

    public static void AddressConfirm(CommandContext context, HouseholdAddress address, bool invalid = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(address);
        var text = invalid ? context.T(PurchasesTexts.AddressConfirmInvalid)
            : context.T(PurchasesTexts.AskAddressConfirm, address.Full(context.Language));
        context.ReplyPrivately(text, [[Button(context, PurchasesTexts.ButtonYes, PurchaseAnswers.Yes), Button(context, PurchasesTexts.ButtonChange, PurchaseAnswers.Change)]]);
    }

    public static void Address(CommandContext context, bool invalid = false) =>
        Ask(context, invalid ? PurchasesTexts.AddressInvalid : PurchasesTexts.AskAddress);

    public static void PhoneConfirm(CommandContext context, string phone)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ReplyPrivately(context.T(PurchasesTexts.AskPhoneConfirm, PhoneNumbers.Mask(phone)),
            [[Button(context, PurchasesTexts.ButtonYes, PurchaseAnswers.Yes), Button(context, PurchasesTexts.ButtonChange, PurchaseAnswers.Change),
                Button(context, PurchasesTexts.ButtonSkip, PurchaseAnswers.Skip)]]);
    }

    public static void Phone(CommandContext context, bool invalid = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ReplyPrivately(context.T(invalid ? PurchasesTexts.PhoneInvalid : PurchasesTexts.AskPhone),
            [[Button(context, PurchasesTexts.ButtonSkip, PurchaseAnswers.Skip)]]);
    }

    public static void Window(CommandContext context, bool invalid = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var text = invalid ? context.T(PurchasesTexts.WindowInvalid, PurchaseFlow.MaxWindowLength) : context.T(PurchasesTexts.AskWindow);
        // The label is also the answer: the time window is free text in the person's language.
        var choices = new[] { PurchasesTexts.WindowAsap, PurchasesTexts.WindowMorning, PurchasesTexts.WindowAfternoon, PurchasesTexts.WindowEvening }
            .Select(t => new Button(context.T(t), context.T(t))).ToList();
        context.ReplyPrivately(text, [choices[..2], choices[2..]]);
    }

    public static void Summary(CommandContext context, PurchaseDraft draft, bool hint = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(draft);
        var lang = context.Language;
        var text = context.T(PurchasesTexts.Summary, draft.Items, PurchaseCategories.Label(draft.Category).Get(lang),
            draft.Address.Full(lang), draft.Phone is { } p ? PhoneNumbers.Mask(p) : PurchasesTexts.NoPhone.Get(lang), draft.Window);
        if (hint)
        {
            text = context.T(PurchasesTexts.SummaryHint) + "\n\n" + text;
        }

        context.ReplyPrivately(text, [[Button(context, PurchasesTexts.ButtonSubmit, PurchaseAnswers.Submit),
            Button(context, PurchasesTexts.ButtonEdit, PurchaseAnswers.Edit), Button(context, PurchasesTexts.ButtonCancel, PurchaseAnswers.Cancel)]]);
    }

    public static void Edit(CommandContext context, bool invalid = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fields = new[]
        {
            (PurchasesTexts.FieldItems, "物品"), (PurchasesTexts.FieldCategory, "类别"), (PurchasesTexts.FieldAddress, "地址"),
            (PurchasesTexts.FieldPhone, "电话"), (PurchasesTexts.FieldWindow, "时间"),
        };
        context.ReplyPrivately(context.T(invalid ? PurchasesTexts.EditInvalid : PurchasesTexts.AskEdit),
            [fields.Select(f => Button(context, f.Item1, f.Item2)).ToList()]);
    }

    private static void Ask(CommandContext context, Text text, params object[] args)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.ReplyPrivately(context.T(text, args));
    }

    private static Button Button(CommandContext context, Text label, string data) => new(context.T(label), data);
}
