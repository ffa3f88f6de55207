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
    private readonly PeopleService _identify;
    private readonly PeopleStore _people;
    private readonly ConversationStore _conversations;
    private readonly Dictionary<string, IConversationFlow> _flows;
    private readonly IPhotoHandler[] _photoHandlers;
    private readonly Messenger _messenger;
    private readonly TimeProvider _time;
    private readonly ConversationOptions _options;
    private readonly IButtonPressCheck[] _pressChecks;

    public MessagePipeline(CommandRouter router, PeopleService identify, PeopleStore people, ConversationStore conversations,
        IEnumerable<IConversationFlow> flows, Messenger messenger, TimeProvider time, IOptions<ConversationOptions> options,
        IEnumerable<IPhotoHandler> photoHandlers, IEnumerable<IButtonPressCheck> pressChecks)
    {
        ArgumentNullException.ThrowIfNull(pressChecks);
        ArgumentNullException.ThrowIfNull(photoHandlers);
        ArgumentNullException.ThrowIfNull(options);
        _router = router;
        _identify = identify;
        _people = people;
        _conversations = conversations;
        _flows = flows.ToDictionary(f => f.Name);
        _messenger = messenger;
        _time = time;
        _options = options.Value;
        _photoHandlers = photoHandlers.ToArray();
        _pressChecks = pressChecks.ToArray();
    }

    public void Process(IncomingMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var group = message.IsPrivate ? null : _people.FindGroup(message.Channel, message.Chat.ChatId);
        var person = _identify.Identify(message, group);
        var text = InputNormalizer.Normalize(message.ButtonData ?? message.Text);
        var match = _router.Match(text);
        var now = _time.GetUtcNow();
        var context = new CommandContext(message, person, group, match?.Language ?? person.Language, now, _messenger, _conversations, match?.Args ?? text);

        var state = _conversations.Get(ConversationState.KeyOf(message.Chat, message.SenderId));
        if (state is not null && now.UtcDateTime - state.UpdatedAtUtc > _options.IdleTimeout)
        {
            _conversations.Delete(state.Id);
            if (_flows.TryGetValue(state.Flow, out var expired))
            {
                context.Reply(expired.ExpiredText);
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
            && (match is null || !(match.IsSlash || match.Handler.Spec.InterruptsConversation)))
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
                if (person.Role == Role.Resident && string.IsNullOrEmpty(person.CommunityId))
                {
                    _identify.AskForCommunity(context);
                }
                else
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
        PressHandled(context);
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
            .Select(r => PeopleService.RoleName(r).Get(language)));
}
