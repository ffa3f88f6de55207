using System.Text.Json.Nodes;

namespace Bot.Tests.Support.FakeTelegram;

/// <summary>Photos: file ids handed out in updates (every size of a photo), and sendPhoto by one of them.</summary>
public sealed partial class FakeTelegramServer
{
    private readonly HashSet<string> _knownFiles = new(StringComparer.Ordinal);

    /// <summary>Remembers the file ids of a photo in an update, as Telegram knows the files it delivered.</summary>
    private void RememberFiles(JsonObject update)
    {
        var message = update["message"] ?? update["edited_message"];
        if (message?["photo"] is not JsonArray sizes)
        {
            return;
        }

        lock (_lock)
        {
            foreach (var id in sizes.OfType<JsonObject>().Select(p => p["file_id"]?.GetValue<string>()).OfType<string>())
            {
                _knownFiles.Add(id);
            }
        }
    }

    private bool IsKnownFile(string fileId)
    {
        lock (_lock)
        {
            return _knownFiles.Contains(fileId);
        }
    }

    /// <summary>
    /// sendPhoto by file_id, as the bot forwards a photo it received: Telegram accepts only file ids it issued, so
    /// an unknown one (or an upload, which the bot never makes) is refused with 400.
    /// </summary>
    private (int, JsonObject) SendPhoto(FakeTelegramRequest request)
    {
        var chatId = request.Long("chat_id");
        var photo = request.String("photo");
        var caption = request.String("caption") ?? "";
        if (chatId is null)
        {
            return (400, Error(400, "Bad Request: chat_id is empty"));
        }

        if (string.IsNullOrEmpty(photo) || !IsKnownFile(photo))
        {
            return (400, Error(400, "Bad Request: wrong file identifier/HTTP URL specified"));
        }

        if (caption.Length > 1024)
        {
            return (400, Error(400, "Bad Request: message caption is too long"));
        }

        return Store(request, chatId.Value, caption, null, photo);
    }
}
