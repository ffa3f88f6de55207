using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>The purchase conversation's answers that need more than one check, and moving between steps.</summary>
internal sealed partial class PurchaseFlow
{
    private FlowOutcome OnPhone(CommandContext context, ConversationState state, string answer)
    {
        var draft = new PurchaseDraft(state);
        if (PurchaseAnswers.IsSkip(answer))
        {
            draft.Phone = null;
        }
        else if (state.Step == PurchaseSteps.PhoneConfirm && PurchaseAnswers.IsYes(answer) && RememberedPhone(context) is { } remembered)
        {
            draft.Phone = remembered;
        }
        else if (state.Step == PurchaseSteps.PhoneConfirm && PurchaseAnswers.IsChange(answer))
        {
            GoTo(context, state, PurchaseSteps.Phone);
            return FlowOutcome.Answered;
        }
        else if (PhoneNumbers.IsMobile(answer))
        {
            draft.Phone = PhoneNumbers.Digits(answer);
        }
        else if (OnNotAPhone(context, state, answer) is { } outcome)
        {
            return outcome;
        }

        state.Data.Remove(PhoneTries);
        Next(context, state, PurchaseSteps.Window);
        return FlowOutcome.Answered;
    }

    private void OnSummary(CommandContext context, ConversationState state, string answer)
    {
        var draft = new PurchaseDraft(state);
        if (PurchaseAnswers.IsEdit(answer))
        {
            GoTo(context, state, PurchaseSteps.Edit);
            return;
        }

        if (!PurchaseAnswers.IsSubmit(answer))
        {
            PurchasePrompts.Summary(context, draft, hint: true);
            return;
        }

        context.EndConversation(state);
        var decision = quota.Check(HouseholdKey(context, draft.Address));
        if (!decision.Allowed)
        {
            context.Reply(quota.Refusal(decision, context.Language));
            return;
        }

        var request = service.Submit(context.Person, draft.Items, draft.Category, draft.Address, draft.Phone, draft.Window);
        context.Reply(PurchasesTexts.Submitted, request.Id);
    }

    private void TakeAddress(CommandContext context, ConversationState state, HouseholdAddress address)
    {
        var decision = quota.Check(HouseholdKey(context, address));
        if (!decision.Allowed)
        {
            context.EndConversation(state);
            context.Reply(quota.Refusal(decision, context.Language));
            return;
        }

        new PurchaseDraft(state).Address = address;
        Next(context, state, PurchaseSteps.PhoneConfirm);
    }

    /// <summary>Moves on to <paramref name="step"/>, or back to the summary when one answer was being changed.</summary>
    private void Next(CommandContext context, ConversationState state, string step) =>
        GoTo(context, state, new PurchaseDraft(state).Editing ? PurchaseSteps.Summary : step);

    /// <summary>Saves the state at <paramref name="step"/> and asks its question (a remembered answer is offered first).</summary>
    private void GoTo(CommandContext context, ConversationState state, string step)
    {
        var draft = new PurchaseDraft(state);
        if (step == PurchaseSteps.AddressConfirm && households.Profile(context.Person.Id)?.Address is not { IsEmpty: false })
        {
            step = PurchaseSteps.Address;
        }

        if (step == PurchaseSteps.PhoneConfirm && RememberedPhone(context) is null)
        {
            step = PurchaseSteps.Phone;
        }

        if (step == PurchaseSteps.Summary)
        {
            draft.Editing = false;
        }

        context.Advance(state, step);
        switch (step)
        {
            case PurchaseSteps.Items: PurchasePrompts.Items(context); break;
            case PurchaseSteps.Category: PurchasePrompts.Category(context, draft.Hint ?? PurchaseCategories.Guess(draft.Items)); break;
            case PurchaseSteps.AddressConfirm: PurchasePrompts.AddressConfirm(context, households.Profile(context.Person.Id)!.Address); break;
            case PurchaseSteps.Address: PurchasePrompts.Address(context); break;
            case PurchaseSteps.PhoneConfirm: PurchasePrompts.PhoneConfirm(context, RememberedPhone(context)!); break;
            case PurchaseSteps.Phone: PurchasePrompts.Phone(context); break;
            case PurchaseSteps.Window: PurchasePrompts.Window(context); break;
            case PurchaseSteps.Summary: PurchasePrompts.Summary(context, draft); break;
            default: PurchasePrompts.Edit(context); break;
        }
    }

    /// <summary>The phone given last time; else the one in the roster; none if the resident chose to leave none.</summary>
    private string? RememberedPhone(CommandContext context)
    {
        if (households.Profile(context.Person.Id) is { } profile)
        {
            return profile.Phone;
        }

        return context.Person.Phone is { } p && PhoneNumbers.IsMobile(p) ? PhoneNumbers.Digits(p) : null;
    }

    private static string HouseholdKey(CommandContext context, HouseholdAddress address) =>
        IPurchaseHouseholdStore.KeyOf(context.Person.CommunityId, address);

    private static bool ValidItems(string text) =>
        text.Length is > 0 and <= MaxItemsLength && text.Any(char.IsLetter);

    private static string Raw(CommandContext context) =>
        (context.Message.Text ?? context.Message.ButtonData ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Trim();

    /// <summary>The keyword the conversation was started with (买药 hints at medicine).</summary>
    private static string KeywordOf(CommandContext context, string items)
    {
        var full = InputNormalizer.Normalize(context.Message.ButtonData ?? context.Message.Text);
        return items.Length > 0 && full.EndsWith(items, StringComparison.Ordinal) ? full[..^items.Length] : full;
    }
}
