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
    private readonly PeopleStore _people;
    private readonly CommunityStore _communities;
    private readonly ConversationStore _conversations;
    private readonly Dictionary<string, IConversationFlow> _flows;
    private readonly IPhotoHandler[] _photoHandlers;
    private readonly Messenger _messenger;
    private readonly TimeProvider _time;
    private readonly ConversationOptions _options;
    private readonly IButtonPressCheck[] _pressChecks;
    private readonly IUnmatchedHandler[] _unmatched;

    public MessagePipeline(CommandRouter router, SenderIdentifier identify, PeopleStore people, ConversationStore conversations,
        IEnumerable<IConversationFlow> flows, Messenger messenger, TimeProvider time, IOptions<ConversationOptions> options,
        IEnumerable<IPhotoHandler> photoHandlers, IntentRecognizer intents, IEnumerable<IButtonPressCheck> pressChecks,
        CommunityStore communities, IEnumerable<IUnmatchedHandler> unmatched)
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
        var match = typed ? null : _router.Match(text);
        if (intent.Decision is { } decision && (decision.Confidence >= 1 || Acceptable(decision, inConversation, message, group, person)))
        {
            match = decision.ToMatch();
        }

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
            flow.Continue(context, state);
            PressHandled(context);
            return;
        }

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

            return;
        }

        var spec = match.Handler.Spec;
        if (!message.IsPrivate && group is null && !spec.AllowedInUnboundGroup)
        {
            context.Reply(CoreTexts.UnboundGroup);
            return;
        }

        if (!spec.Allows(person.Role))
        {
            context.Reply(CoreTexts.Denied, match.Keyword, RoleList(spec.Roles, context.Language));
            return;
        }

        match.Handler.Handle(context);
        if (spec.KeepsConversation && state is not null && ReferenceEquals(context.Conversation, state)
            && _flows.GetValueOrDefault(state.Flow) is IResumableFlow resumable)
        {
            // 我的代购 in the middle of a request: answered, then the question that was open is asked again.
            resumable.Resume(context, state);
        }

        PressHandled(context);
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
