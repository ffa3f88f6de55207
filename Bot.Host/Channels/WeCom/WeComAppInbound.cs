using System.Globalization;
using Bot.Core.Messaging;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Turns a decrypted app callback into a neutral message: text, image (its MediaId as the photo), location, and the events <c>enter_agent</c> (as
/// <c>/start</c>), <c>click</c> (menu key as button data) and <c>template_card_event</c> (a card's button key as button data). Anything else gives null: logged and acknowledged, not
/// recorded. The periodic <c>LOCATION</c> report event is deliberately ignored: it arrives every few seconds while the
/// app is open and must not look like a person sharing their location.
/// </summary>
internal static class WeComAppInbound
{
    public static IncomingMessage? Map(IReadOnlyDictionary<string, string> f, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(f);
        var from = f.GetValueOrDefault("FromUserName") ?? "";
        if (from.Length == 0)
        {
            return null;
        }

        var type = f.GetValueOrDefault("MsgType") ?? "";
        var msgId = f.GetValueOrDefault("MsgId");
        // Events have no MsgId: sender + CreateTime identify them (WeCom's retries repeat both); the event name keeps
        // two different events of the same second apart.
        var eventId = $"ev:{from}:{f.GetValueOrDefault("CreateTime")}:{f.GetValueOrDefault("Event")}";
        var message = new IncomingMessage
        {
            Chat = ChatAddress.PrivateTo(ChannelNames.WeCom, from),
            SenderId = from,
            SenderName = from,
            PlatformMessageId = msgId is { Length: > 0 } ? msgId : eventId,
            ReceivedAt = now,
        };
        switch (type)
        {
            case "text":
                return message with { Text = f.GetValueOrDefault("Content") ?? "" };
            case "image":
                return f.GetValueOrDefault("MediaId") is { Length: > 0 } media ? message with { Photo = media } : null;
            case "location":
                return Point(f, "Location_X", "Location_Y") is { } p ? message with { Location = p } : null;
            case "event":
                var ev = message with { PlatformMessageId = eventId };
                return (f.GetValueOrDefault("Event") ?? "").ToLowerInvariant() switch
                {
                    "enter_agent" => ev with { Text = "/start" },
                    "click" when f.GetValueOrDefault("EventKey") is { Length: > 0 } key => ev with { ButtonData = key },
                    "template_card_event" => CardPress(ev, f),
                    _ => null,
                };
            default:
                return null;
        }
    }

    /// <summary>
    /// A template-card press: the button's key as the press, the task_id and ResponseCode as the reply token (the press
    /// is checked against the card, and the card updated, by <see cref="WeComCardPressCheck"/>). Two presses of one
    /// member in one second are told apart by the task_id.
    /// </summary>
    private static IncomingMessage? CardPress(IncomingMessage ev, IReadOnlyDictionary<string, string> f)
    {
        var key = f.GetValueOrDefault("EventKey") ?? "";
        var taskId = f.GetValueOrDefault("TaskId") ?? "";
        if (key.Length == 0 || taskId.Length == 0 || taskId.Contains('|', StringComparison.Ordinal))
        {
            return null;
        }

        var code = (f.GetValueOrDefault("ResponseCode") ?? "").Replace("|", "", StringComparison.Ordinal);
        return ev with
        {
            ButtonData = key,
            ReplyToken = WeComCardToken.ForPress(taskId, code),
            PlatformMessageId = ev.PlatformMessageId + ":" + taskId,
        };
    }

    private static GeoPoint? Point(IReadOnlyDictionary<string, string> f, string lat, string lon) =>
        double.TryParse(f.GetValueOrDefault(lat), NumberStyles.Float, CultureInfo.InvariantCulture, out var la)
        && double.TryParse(f.GetValueOrDefault(lon), NumberStyles.Float, CultureInfo.InvariantCulture, out var lo)
        && la is >= -90 and <= 90 && lo is >= -180 and <= 180
            ? new GeoPoint(la, lo)
            : null;
}
