using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Core.Messaging;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Turns a decrypted intelligent-bot callback (JSON) into a neutral message. Group @-mentions come from chat
/// <c>aibot:CHATID</c> with the leading <c>@BotName</c> stripped; single chats are the member's private chat. The
/// one-shot response_url travels as the message's reply token. Stream refreshes, events and other types give null.
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
        if (Str(root, "msgtype") != "text" || msgId.Length == 0 || user.Length == 0)
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
        return new IncomingMessage
        {
            Chat = isGroup
                ? new ChatAddress(ChannelNames.WeCom, WeComChatIds.AiBot + chatId, ChatKind.Group)
                : ChatAddress.PrivateTo(ChannelNames.WeCom, user),
            SenderId = user,
            SenderName = user,
            Text = StripMention(text),
            PlatformMessageId = "aibot:" + msgId,
            ReceivedAt = now,
            ReplyToken = responseUrl.Length > 0 ? WeComReplyToken.Create(now, responseUrl) : null,
        };
    }

    /// <summary>Removes a leading <c>@Name</c> (the bot's mention) and the space after it.</summary>
    public static string StripMention(string text) => LeadingMention().Replace(text.TrimStart(), "", 1).Trim();

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    [GeneratedRegex(@"^[@＠]\S+\s*")]
    private static partial Regex LeadingMention();
}
