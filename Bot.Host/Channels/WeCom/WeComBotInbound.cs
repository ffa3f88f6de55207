using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Core.Messaging;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Turns a decrypted intelligent-bot callback (JSON) into a neutral message. Group @-mentions come from chat
/// <c>aibot:CHATID</c> with the leading <c>@BotName</c> stripped; single chats are the member's private chat. The
/// one-shot response_url travels as the message's reply token. A template-card press (template_card_event) is a button
/// press carrying its task_id as well. Stream refreshes, other events and other types give null.
/// </summary>
internal static partial class WeComBotInbound
{
    public static IncomingMessage? Map(string json, DateTimeOffset now)
    {
        JsonElement root;
        try
        {
            using var doc = JsonDocument.Parse(json);
            root = doc.RootElement.Clone();
        }
        catch (JsonException e)
        {
            throw new WeComCryptoException(WeComCryptoError.ParseXml, e);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new WeComCryptoException(WeComCryptoError.ParseXml);
        }

        var msgId = Str(root, "msgid");
        var user = root.TryGetProperty("from", out var from) && from.ValueKind == JsonValueKind.Object ? Str(from, "userid") : "";
        var press = CardPress(root);
        if ((Str(root, "msgtype") != "text" && press is null) || msgId.Length == 0 || user.Length == 0)
        {
            return null;
        }

        var text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.Object ? Str(t, "content") : "";
        var isGroup = Str(root, "chattype") == "group";
        var chatId = Str(root, "chatid");
        if (isGroup && chatId.Length == 0)
        {
            return null;
        }

        var responseUrl = Str(root, "response_url");
        var replyToken = responseUrl.Length > 0 ? WeComReplyToken.Create(now, responseUrl) : null;
        return new IncomingMessage
        {
            Chat = isGroup
                ? new ChatAddress(ChannelNames.WeCom, WeComChatIds.AiBot + chatId, ChatKind.Group)
                : ChatAddress.PrivateTo(ChannelNames.WeCom, user),
            SenderId = user,
            SenderName = user,
            Text = press is null ? StripMention(text) : null,
            ButtonData = press?.Key,
            PlatformMessageId = "aibot:" + msgId,
            ReceivedAt = now,
            ReplyToken = press is { } p ? WeComCardToken.ForBotPress(p.TaskId, replyToken) : replyToken,
        };
    }

    /// <summary>
    /// A template-card press (msgtype event, event.eventtype template_card_event, with event_key and task_id under
    /// event.template_card_event), or null.
    /// </summary>
    private static (string Key, string TaskId)? CardPress(JsonElement root)
    {
        if (Str(root, "msgtype") != "event" || !root.TryGetProperty("event", out var ev) || ev.ValueKind != JsonValueKind.Object
            || Str(ev, "eventtype") != "template_card_event" || !ev.TryGetProperty("template_card_event", out var card)
            || card.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var (key, taskId) = (Str(card, "event_key"), Str(card, "task_id"));
        return key.Length > 0 && taskId.Length > 0 && !taskId.Contains('|', StringComparison.Ordinal) ? (key, taskId) : null;
    }

    /// <summary>Removes a leading <c>@Name</c> (the bot's mention) and the space after it.</summary>
    public static string StripMention(string text) => LeadingMention().Replace(text.TrimStart(), "", 1).Trim();

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    [GeneratedRegex(@"^[@＠]\S+\s*")]
    private static partial Regex LeadingMention();
}
