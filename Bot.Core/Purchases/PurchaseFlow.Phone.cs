using System.Globalization;
using System.Text.RegularExpressions;
using Bot.Core.Messaging;
using Bot.Core.Messaging.Intents;
using Bot.Core.People;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Purchases;

/// <summary>
/// The phone step, forgiving: an answer that is clearly the next question's (尽快, 明天上午) is taken as the time
/// window, a command runs and the question is asked again, and after a few answers that are no phone number the
/// request goes on without one rather than asking for ever.
/// </summary>
internal sealed partial class PurchaseFlow
{
    /// <summary>Answers that are no phone number before the request goes on without one.</summary>
    public const int MaxPhoneTries = 3;

    private const string PhoneTries = "phone-tries";

    /// <summary>
    /// Handles an answer at the phone step that is no mobile number: null when the step is done (no phone), else what
    /// became of the answer (a command is handed back to the pipeline, which asks the question again after it).
    /// </summary>
    private FlowOutcome? OnNotAPhone(CommandContext context, ConversationState state, string answer)
    {
        var draft = new PurchaseDraft(state);
        var raw = Raw(context).Replace('\n', ' ');
        if (LooksLikeWindow(raw))
        {
            // The time window, given one step early: no objection to the remembered phone, no phone otherwise.
            draft.Phone = state.Step == PurchaseSteps.PhoneConfirm ? RememberedPhone(context) : null;
            if (draft.Phone is null)
            {
                context.ReplyPrivately(context.T(PurchasesTexts.PhoneLeftOut));
            }

            state.Data.Remove(PhoneTries);
            draft.Window = raw;
            Next(context, state, PurchaseSteps.Summary);
            return FlowOutcome.Answered;
        }

        var intent = services.GetRequiredService<IntentRecognizer>().Recognize(answer, context.Person.Role).Decision;
        if (intent is { Confidence: >= 0.9 } && intent.Handler.Spec.Allows(context.Person.Role) && intent.Handler.Spec.Name != "buy")
        {
            // A command typed at this step (我的代购, 谢谢 …): the pipeline runs it, then the question is asked again.
            return FlowOutcome.NotAnAnswer;
        }

        var tries = int.TryParse(state.Get(PhoneTries), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n + 1 : 1;
        if (tries >= MaxPhoneTries)
        {
            draft.Phone = null;
            context.ReplyPrivately(context.T(PurchasesTexts.PhoneLeftOut));
            return null;
        }

        state.Data[PhoneTries] = tries.ToString(CultureInfo.InvariantCulture);
        context.Advance(state, PurchaseSteps.Phone);
        PurchasePrompts.Phone(context, invalid: true);
        return FlowOutcome.Answered;
    }

    /// <summary>A short answer that names a time (尽快, 今天下午, 18:00前, tomorrow morning) and holds no long number.</summary>
    private static bool LooksLikeWindow(string text) =>
        text.Length is > 0 and <= MaxWindowLength && !LongNumber().IsMatch(text) && WindowWords().IsMatch(text);

    [GeneratedRegex(@"\d{6,}")]
    private static partial Regex LongNumber();

    [GeneratedRegex(@"尽快|盡快|越快越好|马上|馬上|随时|隨時|都行|今天|今晚|明天|明早|后天|後天|上午|下午|中午|晚上|傍晚|早上|早晨|\d{1,2}\s*[:点點时時]|[前后後]$|\basap\b|\btoday\b|\btomorrow\b|\btonight\b|\bmorning\b|\bafternoon\b|\bevening\b|\bany ?time\b", RegexOptions.IgnoreCase)]
    private static partial Regex WindowWords();
}
