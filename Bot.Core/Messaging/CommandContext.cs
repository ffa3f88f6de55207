using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>Everything a handler or conversation step needs about the message being handled, and how to answer.</summary>
public sealed class CommandContext
{
    private readonly IConversationStore _conversations;

    internal CommandContext(IncomingMessage message, Person person, GroupBinding? group, Language language,
        DateTimeOffset now, Messenger messenger, IConversationStore conversations, string args)
    {
        Message = message;
        Person = person;
        Group = group;
        Language = language;
        Now = now;
        Messenger = messenger;
        _conversations = conversations;
        Args = args;
    }

    public IncomingMessage Message { get; }

    /// <summary>The sender, already identified (a new resident is created on first contact).</summary>
    public Person Person { get; }

    /// <summary>The binding of the group the message was written in, if it is a bound group.</summary>
    public GroupBinding? Group { get; }

    /// <summary>The language to answer in.</summary>
    public Language Language { get; }

    public DateTimeOffset Now { get; }

    public Messenger Messenger { get; }

    /// <summary>The command's arguments (normalised), or the whole answer during a conversation.</summary>
    public string Args { get; internal set; }

    /// <summary>The community the message is about: the sender's, or the bound group's for a district admin.</summary>
    public string CommunityId => !string.IsNullOrEmpty(Person.CommunityId) ? Person.CommunityId : Group?.CommunityId ?? "";

    /// <summary>The active conversation of this sender in this chat, if any.</summary>
    public ConversationState? Conversation { get; internal set; }

    public string T(Text text, params object?[] args) => text.Format(Language, args);

    /// <summary>Answers in the chat the message came from (same forum topic).</summary>
    public void Reply(string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null, OutgoingFile? file = null) =>
        Messenger.Send(Message.Chat, text, buttons, MessagePriority.Interactive, file: file, replyToken: Message.ReplyToken, language: Language);

    public void Reply(Text text, params object?[] args) => Reply(T(text, args));

    /// <summary>Answers the sender privately (used when a private matter was raised in a group).</summary>
    public void ReplyPrivately(string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null)
    {
        if (Message.IsPrivate)
        {
            Reply(text, buttons);
            return;
        }

        Messenger.Send(ChatAddress.PrivateTo(Message.Channel, Message.SenderId), text, buttons, language: Language);
    }

    /// <summary>
    /// Starts a conversation (replacing any other of this sender), by default in the current chat; pass
    /// <paramref name="inPrivate"/> to move it to the sender's private chat.
    /// </summary>
    public ConversationState StartConversation(IConversationFlow flow, string step, bool inPrivate = false)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var chat = inPrivate ? ChatAddress.PrivateTo(Message.Channel, Message.SenderId) : Message.Chat;
        if (Conversation is not null)
        {
            _conversations.Delete(Conversation.Id);
        }

        Conversation = new ConversationState
        {
            Id = ConversationState.KeyOf(chat, Message.SenderId),
            Flow = flow.Name,
            Step = step,
            PersonId = Person.Id,
            Channel = chat.Channel,
            ChatId = chat.ChatId,
            UpdatedAtUtc = Now.UtcDateTime,
        };
        _conversations.Save(Conversation);
        return Conversation;
    }

    /// <summary>Moves the conversation to a step and saves it.</summary>
    public void Advance(ConversationState state, string step)
    {
        ArgumentNullException.ThrowIfNull(state);
        state.Step = step;
        state.UpdatedAtUtc = Now.UtcDateTime;
        _conversations.Save(state);
    }

    public void EndConversation(ConversationState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _conversations.Delete(state.Id);
        if (ReferenceEquals(state, Conversation))
        {
            Conversation = null;
        }
    }
}
