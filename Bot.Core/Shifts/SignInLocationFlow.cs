using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Texts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Core.Shifts;

/// <summary>
/// After <c>签到</c> without a location, waits for one: a location shared within <see cref="ShiftsOptions.LocationWindow"/>
/// is attached to the sign-in as proof. Anything else ends the wait and is handled as usual (a command runs as a command).
/// </summary>
internal sealed class SignInLocationFlow(IServiceProvider services, ShiftStore store, IOptions<ShiftsOptions> options) : IConversationFlow
{
    public const string WaitingStep = "waiting-location";

    public string Name => "shifts.location";

    public Text ExpiredText => ShiftsTexts.LocationWaitOver;

    public void Continue(CommandContext context, ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(state);
        context.EndConversation(state);
        var entry = long.TryParse(state.Get("entry"), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? store.Entry(id) : null;
        if (context.Message.Location is { } location && entry?.SignIn is { } signIn)
        {
            if (context.Now.UtcDateTime - signIn.AtUtc > options.Value.LocationWindow)
            {
                context.Reply(ShiftsTexts.LocationTooLate, Durations.Format(options.Value.LocationWindow, context.Language));
                return;
            }

            var line = services.GetRequiredService<SignInRecorder>().AttachLocation(context, entry, location);
            store.Update(entry);
            context.Reply(line);
            return;
        }

        // Not a location: hand the message to the command it names, as if no conversation had been active.
        var text = InputNormalizer.Normalize(context.Message.ButtonData ?? context.Message.Text);
        var match = context.Message.ButtonData is null
            ? services.GetRequiredService<Messaging.Intents.IntentRecognizer>().Recognize(text, context.Person.Role).Decision?.ToMatch()
            : services.GetRequiredService<CommandRouter>().Match(text);
        if (match is not null && match.Handler.Spec.Allows(context.Person.Role))
        {
            context.Args = match.Args;
            match.Handler.Handle(context);
        }
        else if (context.Message.IsPrivate)
        {
            context.Reply(CoreTexts.Unknown);
        }
    }
}
