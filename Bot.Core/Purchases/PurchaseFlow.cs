using Bot.Core.Membership;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Purchases;

/// <summary>
/// The resident's conversation: items → category → address → phone → time window → summary (提交 / 修改 / 取消).
/// Each answer is checked; a wrong one is asked again with an example. The state is saved after every turn, so a
/// restart continues at the same step; <c>取消</c> and the idle timeout are the pipeline's.
/// </summary>
internal sealed partial class PurchaseFlow(PurchaseService service, IPurchaseHouseholdStore households, PurchaseQuota quota, CommunityPrompt communityPrompt,
    IServiceProvider services)
    : IConversationFlow, IResumableFlow
{
    public const string FlowName = "purchase";
    public const int MaxItemsLength = 300;
    public const int MaxWindowLength = 30;

    /// <summary>The keywords that start the conversation (also the <see cref="BuyHandler"/>'s).</summary>
    public static readonly IReadOnlyList<string> StartHans = ["代购", "买菜", "买药", "送饭"];

    public static readonly IReadOnlyList<string> StartHant = ["代購", "買菜", "買藥", "送飯"];

    public string Name => FlowName;

    public Text ExpiredText => PurchasesTexts.Expired;

    /// <summary>Starts the conversation (in private, also when asked in a group); items given with the keyword are taken.</summary>
    public void Start(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Start(context, context.Args, RawText.Args(context));
    }

    /// <summary><paramref name="items"/> normalised (to guess the category), <paramref name="rawItems"/> as typed (kept).</summary>
    private void Start(CommandContext context, string items, string rawItems)
    {
        if (string.IsNullOrEmpty(context.Person.CommunityId))
        {
            communityPrompt.AskThenResume(context);
            return;
        }

        var profile = households.Profile(context.Person.Id);
        if (profile is { Address.IsEmpty: false } && quota.Check(HouseholdKey(context, profile.Address)) is { Allowed: false } refused)
        {
            context.ReplyPrivately(quota.Refusal(refused, context.Language));
            return;
        }

        var inGroup = !context.Message.IsPrivate;
        var state = context.StartConversation(this, PurchaseSteps.Items, inPrivate: inGroup);
        if (inGroup)
        {
            context.Reply(PurchasesTexts.MovedToPrivate);
        }

        var draft = new PurchaseDraft(state) { Hint = PurchaseCategories.Guess(KeywordOf(context, items)) };
        if (ValidItems(items))
        {
            draft.Items = rawItems;
            GoTo(context, state, PurchaseSteps.Category);
            return;
        }

        GoTo(context, state, PurchaseSteps.Items);
    }

    /// <summary>Asks the open question again (after 我的代购 or the like was answered in the middle).</summary>
    public void Resume(CommandContext context, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        GoTo(context, state, state.Step);
    }

    public FlowOutcome Continue(CommandContext context, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        var answer = context.Args;
        if (StartHans.Contains(answer) || StartHant.Contains(answer))
        {
            // 代购 again in the middle: start over rather than take the keyword as an answer.
            Start(context, "", "");
            return FlowOutcome.Answered;
        }

        var draft = new PurchaseDraft(state);
        switch (state.Step)
        {
            case PurchaseSteps.Items:
                var items = Raw(context);
                if (!ValidItems(items))
                {
                    PurchasePrompts.Items(context, PurchasesTexts.ItemsInvalid, MaxItemsLength);
                    return FlowOutcome.Answered;
                }

                draft.Items = items;
                Next(context, state, PurchaseSteps.Category);
                return FlowOutcome.Answered;

            case PurchaseSteps.Category:
                var guess = draft.Hint ?? PurchaseCategories.Guess(draft.Items);
                var category = PurchaseCategories.Parse(answer) ?? (PurchaseAnswers.IsYes(answer) ? guess : null);
                if (category is null)
                {
                    PurchasePrompts.Category(context, guess, invalid: true);
                    return FlowOutcome.Answered;
                }

                draft.Category = category.Value;
                Next(context, state, PurchaseSteps.AddressConfirm);
                return FlowOutcome.Answered;

            case PurchaseSteps.AddressConfirm:
                var remembered = households.Profile(context.Person.Id)?.Address;
                if (PurchaseAnswers.IsYes(answer) && remembered is { IsEmpty: false })
                {
                    TakeAddress(context, state, remembered);
                }
                else if (PurchaseAnswers.IsChange(answer))
                {
                    GoTo(context, state, PurchaseSteps.Address);
                }
                else if (HouseholdAddress.TryParse(answer) is { } typed)
                {
                    TakeAddress(context, state, typed);
                }
                else
                {
                    PurchasePrompts.AddressConfirm(context, remembered ?? new HouseholdAddress(), invalid: true);
                }

                return FlowOutcome.Answered;

            case PurchaseSteps.Address:
                if (HouseholdAddress.TryParse(answer) is not { } address)
                {
                    PurchasePrompts.Address(context, invalid: true);
                    return FlowOutcome.Answered;
                }

                TakeAddress(context, state, address);
                return FlowOutcome.Answered;

            case PurchaseSteps.PhoneConfirm:
            case PurchaseSteps.Phone:
                return OnPhone(context, state, answer);

            case PurchaseSteps.Window:
                var window = Raw(context).Replace('\n', ' ');
                if (window.Length is 0 or > MaxWindowLength || !window.Any(char.IsLetterOrDigit))
                {
                    PurchasePrompts.Window(context, invalid: true);
                    return FlowOutcome.Answered;
                }

                draft.Window = window;
                Next(context, state, PurchaseSteps.Summary);
                return FlowOutcome.Answered;

            case PurchaseSteps.Summary:
                OnSummary(context, state, answer);
                return FlowOutcome.Answered;

            case PurchaseSteps.Edit:
                if (PurchaseAnswers.EditField(answer) is not { } field)
                {
                    PurchasePrompts.Edit(context, invalid: true);
                    return FlowOutcome.Answered;
                }

                draft.Editing = true;
                GoTo(context, state, field);
                return FlowOutcome.Answered;

            default:
                GoTo(context, state, PurchaseSteps.Items);
                return FlowOutcome.Answered;
        }
    }
}
