using System.Text.Json.Nodes;

namespace Bot.Tests.Support.FakeTelegram;

/// <summary>Builders for Update objects as Telegram sends them (update_id is set when queued).</summary>
public static class FakeUpdates
{
    private static int _messageId = 5000;

    public static JsonObject User(long id, string firstName, string? username = null, string? language = "zh-hans")
    {
        var user = new JsonObject { ["id"] = id, ["is_bot"] = false, ["first_name"] = firstName };
        if (username is not null)
        {
            user["username"] = username;
        }

        if (language is not null)
        {
            user["language_code"] = language;
        }

        return user;
    }

    /// <summary>Chat object: positive ids are private chats, -100… supergroups, other negative ids basic groups.</summary>
    public static JsonObject Chat(long id, bool forum = false)
    {
        var type = id > 0 ? "private" : id <= -1_000_000_000_000 ? "supergroup" : "group";
        var chat = new JsonObject { ["id"] = id, ["type"] = type };
        if (id > 0)
        {
            chat["first_name"] = $"User{id}";
        }
        else
        {
            chat["title"] = $"Group{-id}";
        }

        if (forum)
        {
            chat["is_forum"] = true;
        }

        return chat;
    }

    /// <summary>A text message from <paramref name="from"/> in <paramref name="chatId"/> (private when equal to the user id).</summary>
    public static JsonObject Text(JsonObject from, long chatId, string text, int? topic = null)
    {
        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageId),
            ["from"] = from.DeepClone(),
            ["chat"] = Chat(chatId, forum: topic is not null),
            ["date"] = 1_772_000_000,
            ["text"] = text,
        };
        if (text.StartsWith('/'))
        {
            var end = text.IndexOf(' ', StringComparison.Ordinal);
            message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = end < 0 ? text.Length : end, ["type"] = "bot_command" });
        }

        if (topic is { } t)
        {
            message["message_thread_id"] = t;
            message["is_topic_message"] = true;
        }

        return new JsonObject { ["message"] = message };
    }

    /// <summary>
    /// A photo from <paramref name="from"/> in <paramref name="chatId"/>, in three sizes as Telegram sends them (smallest
    /// first); the largest has file_id <paramref name="fileId"/>, the smaller ones derived ids.
    /// </summary>
    public static JsonObject Photo(JsonObject from, long chatId, string fileId, string? caption = null)
    {
        JsonObject Size(string id, int w, int h) => new() { ["file_id"] = id, ["file_unique_id"] = "u" + id, ["width"] = w, ["height"] = h, ["file_size"] = w * h / 10 };
        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageId),
            ["from"] = from.DeepClone(),
            ["chat"] = Chat(chatId),
            ["date"] = 1_772_000_000,
            ["photo"] = new JsonArray(Size(fileId + "_s", 90, 67), Size(fileId + "_m", 320, 240), Size(fileId, 1280, 960)),
        };
        if (caption is not null)
        {
            message["caption"] = caption;
        }

        return new JsonObject { ["message"] = message };
    }

    /// <summary>A press on an inline button carrying <paramref name="data"/> under message <paramref name="messageId"/>.</summary>
    public static JsonObject Callback(JsonObject from, long chatId, int messageId, string data) => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cq{Interlocked.Increment(ref _messageId)}",
            ["from"] = from.DeepClone(),
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["chat"] = Chat(chatId),
                ["date"] = 1_772_000_000,
                ["text"] = "…",
            },
            ["chat_instance"] = $"ci{chatId}",
            ["data"] = data,
        },
    };

    /// <summary>A basic group upgraded to a supergroup: the service message in the old group.</summary>
    public static JsonObject Migrated(JsonObject from, long oldChatId, long newChatId) => new()
    {
        ["message"] = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _messageId),
            ["from"] = from.DeepClone(),
            ["chat"] = Chat(oldChatId),
            ["date"] = 1_772_000_000,
            ["migrate_to_chat_id"] = newChatId,
        },
    };
}
