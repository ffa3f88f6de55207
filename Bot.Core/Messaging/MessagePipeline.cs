using Bot.Core.Messaging.Intents;
using Bot.Core.People;
using Bot.Core.Texts;
using Microsoft.Extensions.Options;

namespace Bot.Core.Messaging;

/// <summary>
/// Handles one incoming message: identify the sender, expire an idle conversation, then either route a command
/// (with authorization) or pass the answer to the active conversation. Synchronous by design: the caller wraps it in
/// one transaction with the inbox's "handled" mark, so effects and replies commit together or not at all.
/// </summary>
public sealed class MessagePipeline
{
    private readonly CommandRouter _router;
    private readonly IntentRecognizer _intents;
    private readonly SenderIdentifier _identify;
    private readonly IPeopleStore _people;
    private readonly ICommunityStore _communities;
    private readonly IConversationStore _conversations;
    private readonly Dictionary<string, IConversationFlow> _flows;
    private readonly IPhotoHandler[] _photoHandlers;
    private readonly Messenger _messenger;
    private readonly TimeProvider _time;
    private readonly ConversationOptions _options;
    private readonly IButtonPressCheck[] _pressChecks;
    private readonly IUnmatchedHandler[] _unmatched;

    public MessagePipeline(CommandRouter router, SenderIdentifier identify, IPeopleStore people, IConversationStore conversations,
        IEnumerable<IConversationFlow> flows, Messenger messenger, TimeProvider time, IOptions<ConversationOptions> options,
        IEnumerable<IPhotoHandler> photoHandlers, IntentRecognizer intents, IEnumerable<IButtonPressCheck> pressChecks,
        ICommunityStore communities, IEnumerable<IUnmatchedHandler> unmatched)
    {
        ArgumentNullException.ThrowIfNull(pressChecks);
        ArgumentNullException.ThrowIfNull(photoHandlers);
        ArgumentNullException.ThrowIfNull(options);
        _router = router;
        _intents = intents;
        _identify = identify;
        _people = people;
        _conversations = conversations;
        _flows = flows.ToDictionary(f => f.Name);
        _messenger = messenger;
        _time = time;
        _options = options.Value;
        _photoHandlers = photoHandlers.ToArray();
        _pressChecks = pressChecks.ToArray();
        _communities = communities;
        _unmatched = unmatched.ToArray();
    }

    public void Process(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var group = message.IsPrivate ? null : _communities.FindGroup(message.Channel, message.Chat.ChatId);
        var person = _identify.Identify(message, group);
        var text = InputNormalizer.Normalize(message.ButtonData ?? message.Text);
        var now = _time.GetUtcNow();
        var state = _conversations.Get(ConversationState.KeyOf(message.Chat, message.SenderId));
        var expired = state is not null && now.UtcDateTime - state.UpdatedAtUtc > _options.IdleTimeout;
        var inConversation = state is not null && !expired && _flows.ContainsKey(state.Flow);
        // Buttons carry exact commands and photos' captions keep their own rules: only typed text is recognised freely.
        var typed = message.ButtonData is null && message.Photo is null;
        var intent = typed ? _intents.Recognize(text, person.Role) : IntentResult.None;
        var match = Match(typed, text, intent, inConversation, message, group, person);

        var context = new CommandContext(message, person, group, IntentReplies.ReplyLanguage(person, match), now, _messenger, _conversations, match?.Args ?? text);
        if (state is not null && expired)
        {
            _conversations.Delete(state.Id);
            if (_flows.TryGetValue(state.Flow, out var expiredFlow))
            {
                context.Reply(expiredFlow.ExpiredText);
            }

            state = null;
        }

        context.Conversation = state;
        if (message.ButtonData is not null && _pressChecks.Any(c => c.Refuse(context)))
        {
            return;
        }

        if (match is null && message.Photo is { } photo)
        {
            // A photo without a command goes to the feature expecting one (a receipt just after 已买到) before any
            // conversation: a resident's photo of a medicine box falls through to the purchase conversation as its caption.
            if (_photoHandlers.Any(h => h.TryHandle(context, photo)))
            {
                return;
            }

            if (state is null)
            {
                if (message.IsPrivate)
                {
                    context.Reply(CoreTexts.PhotoNotExpected);
                }

                return;
            }
        }

        if (state is not null && _flows.TryGetValue(state.Flow, out var flow)
            && (match is null || !(match.IsSlash || match.Handler.Spec.InterruptsConversation || match.Handler.Spec.KeepsConversation)))
        {
            context.Args = text;
            if (flow.Continue(context, state) == FlowOutcome.Answered)
            {
                PressHandled(context);
                return;
            }

            // No answer: handled as if no conversation were active, through every check below; a conversation still
            // open afterwards asks its question again.
            match = Match(typed, text, intent, inConversation: false, message, group, person);
            context.Args = match?.Args ?? text;
            Route(context, match, intent, text, state, handedBack: true);
            return;
        }

        Route(context, match, intent, text, state, handedBack: false);
    }

    /// <summary>
    /// The command a message names: a button's or a photo caption's exact command, or what typed text is recognised as
    /// (acted on when certain, or when <see cref="Acceptable"/>).
    /// </summary>
    private CommandMatch? Match(bool typed, string text, IntentResult intent, bool inConversation, IncomingMessage message,
        GroupBinding? group, Person person)
    {
        var match = typed ? null : _router.Match(text);
        if (intent.Decision is { } decision && (decision.Confidence >= 1 || Acceptable(decision, inConversation, message, group, person)))
        {
            match = decision.ToMatch();
        }

        return match;
    }

    /// <summary>
    /// Runs the command a message names, after its checks (where it may run, the sender's role), or answers a message
    /// that names none. Then the conversation <paramref name="state"/>, if still open, asks its question again: after
    /// a command that keeps it (我的代购 in the middle of a request), or after anything its flow handed back.
    /// </summary>
    private void Route(CommandContext context, CommandMatch? match, IntentResult intent, string text, ConversationState? state, bool handedBack)
    {
        var ran = Run(context, match, intent, text);
        if (state is not null && ReferenceEquals(context.Conversation, state)
            && (handedBack || (ran && match!.Handler.Spec.KeepsConversation))
            && _flows.GetValueOrDefault(state.Flow) is IResumableFlow resumable)
        {
            resumable.Resume(context, state);
        }

        if (ran)
        {
            PressHandled(context);
        }
    }

    /// <summary>The command's checks and the command; true when it ran.</summary>
    private bool Run(CommandContext context, CommandMatch? match, IntentResult intent, string text)
    {
        var message = context.Message;
        var person = context.Person;
        if (match is null)
        {
            // In groups people talk among themselves: stay silent unless the message was clearly for the bot.
            if (message.IsPrivate)
            {
                if (intent.Choices.Count > 0)
                {
                    IntentReplies.AskChoices(context, intent.Choices);
                }
                else if (!_unmatched.Any(h => h.TryHandle(context)))
                {
                    context.Reply(CoreTexts.Unknown);
                }
            }
            else if (text.StartsWith('/'))
            {
                context.Reply(CoreTexts.Unknown);
            }

            return false;
        }

        var spec = match.Handler.Spec;
        if (!message.IsPrivate && context.Group is null && !spec.AllowedInUnboundGroup)
        {
            context.Reply(CoreTexts.UnboundGroup);
            return false;
        }

        if (!spec.Allows(person.Role))
        {
            context.Reply(CoreTexts.Denied, match.Keyword, RoleList(spec.Roles, context.Language));
            return false;
        }

        match.Handler.Handle(context);
        return true;
    }

    /// <summary>
    /// Whether a command recognised from free wording (not an exact keyword) is acted on: during a conversation only
    /// a whole-message way out (不要了, 怎么用, 我的代购) — anything else is the answer; in a group only what is
    /// near certain and allowed to the sender, since people there talk among themselves.
    /// </summary>
    private static bool Acceptable(IntentCandidate decision, bool inConversation, IncomingMessage message, GroupBinding? group, Person person)
    {
        var spec = decision.Handler.Spec;
        if (inConversation)
        {
            return decision.Confidence >= 0.95 && decision.Args.Length == 0 && (spec.InterruptsConversation || spec.KeepsConversation);
        }

        return message.IsPrivate || (group is not null && decision.Confidence >= 0.9 && spec.Allows(person.Role));
    }

    private void PressHandled(CommandContext context)
    {
        if (context.Message.ButtonData is null)
        {
            return;
        }

        foreach (var check in _pressChecks)
        {
            check.Handled(context);
        }
    }

    /// <summary>Sends the generic apology for a message whose handling failed.</summary>
    public void ReplyFailure(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var person = _people.FindByIdentity(message.Channel, message.SenderId);
        _messenger.Send(message.Chat, CoreTexts.Failed.Get(person?.Language ?? Language.ZhHans), replyToken: message.ReplyToken);
    }

    private static string RoleList(IReadOnlyList<Role> roles, Language language) =>
        string.Join(CoreTexts.Or.Get(language), roles.Where(r => r != Role.Admin || roles.Count == 1)
            .Select(r => CoreTexts.RoleName(r).Get(language)));
}
