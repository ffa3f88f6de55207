using System.Globalization;
using Bot.Core.Messaging;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Turns a Telegram <see cref="Update"/> into the neutral <see cref="IncomingMessage"/>. The platform message id is the
/// update_id, which the inbox deduplicates on, so a re-delivered update is recorded once.
/// </summary>
internal sealed class TelegramUpdateMapper(TelegramBotInfo bot, TimeProvider time)
{
    public TelegramInbound Map(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (update.Message is { } message)
        {
            return FromMessage(update.Id, message);
        }

        if (update.CallbackQuery is { } query)
        {
            return FromCallback(update.Id, query);
        }

        if (update.EditedMessage is not null)
        {
            // Deliberately ignored: an edit would run a command a second time (a second sign-in, a second order).
            return TelegramInbound.Ignore("edited message");
        }

        return TelegramInbound.Ignore($"update type {update.Type}");
    }

    private TelegramInbound FromMessage(int updateId, Message message)
    {
        if (message.MigrateToChatId is { } newId)
        {
            return new TelegramInbound { Migration = (Id(message.Chat.Id), Id(newId)) };
        }

        if (message.Chat.Type == ChatType.Channel || message.From is null || message.From.IsBot)
        {
            return TelegramInbound.Ignore("channel post or message from a bot");
        }

        var text = message.Text ?? message.Caption;
        if (text is not null && CommandFor(text) is { } target && bot.Username is not null && !bot.IsMe(target))
        {
            return TelegramInbound.Ignore($"command for another bot (@{target})");
        }

        var photo = LargestPhoto(message);
        if (text is null && message.Location is null && photo is null)
        {
            return TelegramInbound.Ignore("no text, location or photo");
        }

        return new TelegramInbound
        {
            Message = Base(updateId, message.Chat, ThreadOf(message), message.From) with
            {
                Text = text is null ? null : StripOwnMention(text),
                Location = message.Location is { } l ? new GeoPoint(l.Latitude, l.Longitude) : null,
                Photo = photo,
            },
        };
    }

    private TelegramInbound FromCallback(int updateId, CallbackQuery query)
    {
        if (string.IsNullOrEmpty(query.Data))
        {
            return new TelegramInbound { CallbackQueryId = query.Id, Ignored = "callback without data" };
        }

        // The button's chat is the chat of the message it sits under; without one (inline mode) answer privately.
        var chat = query.Message?.Chat ?? new Chat { Id = query.From.Id, Type = ChatType.Private };
        var thread = query.Message is { } m ? ThreadOf(m) : null;
        return new TelegramInbound
        {
            CallbackQueryId = query.Id,
            Message = Base(updateId, chat, thread, query.From) with { ButtonData = query.Data },
        };
    }

    private IncomingMessage Base(int updateId, Chat chat, string? thread, User from) => new()
    {
        Chat = new ChatAddress(ChannelNames.Telegram, Id(chat.Id), chat.Type == ChatType.Private ? ChatKind.Private : ChatKind.Group, thread),
        SenderId = Id(from.Id),
        SenderName = string.Join(' ', new[] { from.FirstName, from.LastName }.Where(s => !string.IsNullOrWhiteSpace(s))),
        SenderHandle = from.Username,
        LanguageHint = from.LanguageCode,
        PlatformMessageId = updateId.ToString(CultureInfo.InvariantCulture),
        ReceivedAt = time.GetUtcNow(),
    };

    /// <summary>The file_id of the largest size of a photo message (Telegram sends several sizes of one photo).</summary>
    private static string? LargestPhoto(Message message) =>
        message.Photo is { Length: > 0 } sizes
            ? sizes.OrderByDescending(p => (long)p.Width * p.Height).ThenByDescending(p => p.FileSize ?? 0).First().FileId
            : null;

    /// <summary>Forum topics (and only they) get replies in the same thread; a plain reply thread does not.</summary>
    private static string? ThreadOf(Message message) =>
        message.IsTopicMessage && message.MessageThreadId is { } t ? t.ToString(CultureInfo.InvariantCulture) : null;

    /// <summary>The bot named in <c>/cmd@name …</c>, or null when the text is not such a command.</summary>
    internal static string? CommandFor(string text)
    {
        if (!text.StartsWith('/'))
        {
            return null;
        }

        var end = text.IndexOfAny([' ', '\n', '\t']);
        var token = end < 0 ? text : text[..end];
        var at = token.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? null : token[(at + 1)..];
    }

    private string StripOwnMention(string text)
    {
        if (CommandFor(text) is null)
        {
            return text;
        }

        var at = text.IndexOf('@', StringComparison.Ordinal);
        var end = text.IndexOfAny([' ', '\n', '\t'], at);
        return end < 0 ? text[..at] : text[..at] + text[end..];
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
