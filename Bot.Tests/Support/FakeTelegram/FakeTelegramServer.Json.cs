using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Support.FakeTelegram;

public sealed partial class FakeTelegramServer
{
    private FakeFault? TakeFault(FakeTelegramRequest request)
    {
        lock (_lock)
        {
            var chat = request.Long("chat_id");
            var fault = _faults.FirstOrDefault(f => f.Method == request.Method && (f.ChatId is null || f.ChatId == chat));
            if (fault is not null)
            {
                _faults.Remove(fault);
            }

            return fault;
        }
    }

    private void Record(FakeTelegramRequest request, int status, JsonNode? response)
    {
        lock (_lock)
        {
            _exchanges.Add(new FakeExchange(++_sequence, request.Method, (JsonObject)request.Parameters.DeepClone(), status,
                response?.DeepClone(), Time.GetUtcNow(), request.FormEncoded));
        }
    }

    private async Task AnswerAsync(HttpContext http, FakeTelegramRequest request, int status, JsonObject body)
    {
        Record(request, status, body);
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json";
        await http.Response.WriteAsync(body.ToJsonString(), http.RequestAborted).ConfigureAwait(false);
    }

    private static JsonObject Ok(JsonNode? result) => new() { ["ok"] = true, ["result"] = result };

    private static JsonObject Ok(bool result) => new() { ["ok"] = true, ["result"] = result };

    private static JsonObject Error(int code, string description) =>
        new() { ["ok"] = false, ["error_code"] = code, ["description"] = description };

    private JsonObject Me() => new()
    {
        ["id"] = BotId,
        ["is_bot"] = true,
        ["first_name"] = "Duty Test Bot",
        ["username"] = BotUsername,
        ["can_join_groups"] = true,
        ["can_read_all_group_messages"] = false,
        ["supports_inline_queries"] = false,
    };

    private JsonObject MessageJson(FakeSentMessage m)
    {
        var json = new JsonObject
        {
            ["message_id"] = m.MessageId,
            ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "Duty Test Bot", ["username"] = BotUsername },
            ["chat"] = FakeUpdates.Chat(m.ChatId),
            ["date"] = m.At.ToUnixTimeSeconds(),
        };
        if (m.ThreadId is { } thread)
        {
            json["message_thread_id"] = thread;
            json["is_topic_message"] = true;
        }

        if (m.Document is { } d)
        {
            json["document"] = new JsonObject
            {
                ["file_id"] = $"DOC{m.MessageId}",
                ["file_unique_id"] = $"U{m.MessageId}",
                ["file_name"] = d.FileName,
                ["file_size"] = d.Content.Length,
            };
            if (m.Text.Length > 0)
            {
                json["caption"] = m.Text;
            }
        }
        else if (m.Photo is { } photo)
        {
            json["photo"] = new JsonArray(new JsonObject { ["file_id"] = photo, ["file_unique_id"] = $"P{m.MessageId}", ["width"] = 1280, ["height"] = 960 });
            if (m.Text.Length > 0)
            {
                json["caption"] = m.Text;
            }
        }
        else
        {
            json["text"] = m.Text;
        }

        if (m.ReplyMarkup is { } markup)
        {
            json["reply_markup"] = markup.DeepClone();
        }

        return json;
    }
}
