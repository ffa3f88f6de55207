using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Texts;
using Microsoft.Extensions.Options;

namespace Bot.Core.Shifts;

/// <summary>
/// After <c>签到</c> without a location, waits for one: a location shared within <see cref="ShiftsOptions.LocationWindow"/>
/// is attached to the sign-in as proof. Anything else ends the wait and goes back to the pipeline, which handles it as
/// usual (a command runs as a command, with its checks).
/// </summary>
internal sealed class SignInLocationFlow(SignInRecorder recorder, IShiftStore store, IOptions<ShiftsOptions> options) : IConversationFlow
{
    public const string WaitingStep = "waiting-location";

    public string Name => "shifts.location";

    public Text ExpiredText => ShiftsTexts.LocationWaitOver;

    public FlowOutcome Continue(CommandContext context, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        context.EndConversation(state);
        if (context.Message.Location is not { } location)
        {
            // Not a location: handled as if no conversation had been active.
            return FlowOutcome.NotAnAnswer;
        }

        var entry = long.TryParse(state.Get("entry"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? store.Entry(id) : null;
        if (entry?.SignIn is not { } signIn)
        {
            return FlowOutcome.NotAnAnswer;
        }

        if (context.Now.UtcDateTime - signIn.AtUtc > options.Value.LocationWindow)
        {
            context.Reply(ShiftsTexts.LocationTooLate, Durations.Format(options.Value.LocationWindow, context.Language));
            return FlowOutcome.Answered;
        }

        var line = recorder.AttachLocation(context, entry, location);
        store.Update(entry);
        context.Reply(line);
        return FlowOutcome.Answered;
    }
}
