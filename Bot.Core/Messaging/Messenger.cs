using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Messaging;

/// <summary>
/// Addresses people and groups for feature code: picks the channel a person can be reached on and writes to the
/// outbox. Never sends directly.
/// </summary>
public sealed class Messenger
{
    private readonly IOutbox _outbox;
    private readonly string[] _channels;

    public Messenger(IOutbox outbox, IEnumerable<ChannelLimits> channels)
    {
        _outbox = outbox;
        _channels = channels.Select(c => c.Channel).ToArray();
    }

    /// <summary>Channels that are running.</summary>
    public IReadOnlyList<string> EnabledChannels => _channels;

    public bool IsEnabled(string channel) => _channels.Contains(channel);

    /// <summary>
    /// Where a person can be reached: the channel they used last, then any linked account on a running channel,
    /// then their imported WeCom userid (a WeCom app may write to any member of the corp).
    /// </summary>
    public ChatAddress? AddressOf(Person person)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (person.LastChannel is { } last && IsEnabled(last) && person.IdentityOn(last) is { } lastId)
        {
            return ChatAddress.PrivateTo(last, lastId);
        }

        foreach (var channel in _channels)
        {
            if (person.IdentityOn(channel) is { } id)
            {
                return ChatAddress.PrivateTo(channel, id);
            }
        }

        if (IsEnabled(ChannelNames.WeCom) && !string.IsNullOrEmpty(person.WeComUserId))
        {
            return ChatAddress.PrivateTo(ChannelNames.WeCom, person.WeComUserId);
        }

        return null;
    }

    /// <summary>Sends to a person privately. Returns false when they cannot be reached or the dedupe key was used.</summary>
    public bool ToPerson(Person person, string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null,
        MessagePriority priority = MessagePriority.Interactive, string? dedupeKey = null, string? batchKey = null, OutgoingFile? file = null)
    {
        var to = AddressOf(person);
        return to is not null && Send(to, text, buttons, priority, dedupeKey, batchKey, file, language: person.Language);
    }

    /// <summary>
    /// Sends a person a photo that came in on <paramref name="photoChannel"/>, with <paramref name="caption"/>. A
    /// photo reference is only valid on its own channel: when the person is reached elsewhere they get
    /// <paramref name="textElsewhere"/> instead. Photos only ever go to private chats.
    /// </summary>
    public bool PhotoToPerson(Person person, string photoChannel, string photoRef, string caption, string textElsewhere)
    {
        if (AddressOf(person) is not { } to)
        {
            return false;
        }

        return to.Channel == photoChannel
            ? _outbox.Enqueue(new OutgoingMessage { To = to, Text = caption, PhotoRef = photoRef, Language = person.Language })
            : Send(to, textElsewhere, language: person.Language);
    }

    /// <summary>Sends to a bound group chat, if its channel is running.</summary>
    public bool ToGroup(GroupBinding group, string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null,
        MessagePriority priority = MessagePriority.Interactive, string? dedupeKey = null)
    {
        ArgumentNullException.ThrowIfNull(group);
        return IsEnabled(group.Channel)
            && Send(new ChatAddress(group.Channel, group.ChatId, ChatKind.Group), text, buttons, priority, dedupeKey, null, null);
    }

    public bool Send(ChatAddress to, string text, IReadOnlyList<IReadOnlyList<Button>>? buttons = null,
        MessagePriority priority = MessagePriority.Interactive, string? dedupeKey = null, string? batchKey = null,
        OutgoingFile? file = null, string? replyToken = null, Language? language = null) =>
        _outbox.Enqueue(new OutgoingMessage
        {
            Language = language,
            To = to,
            Text = text,
            Buttons = buttons ?? [],
            Priority = priority,
            DedupeKey = dedupeKey,
            BatchKey = batchKey,
            File = file,
            ReplyToken = replyToken,
        });
}
