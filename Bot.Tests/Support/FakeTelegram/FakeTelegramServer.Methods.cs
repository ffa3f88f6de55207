using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.Support.FakeTelegram;

public sealed partial class FakeTelegramServer
{
    private async Task HandleAsync(HttpContext http, string token, string method)
    {
        Interlocked.Increment(ref _inProgress);
        try
        {
            await HandleCallAsync(http, token, method).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _inProgress);
        }
    }

    private async Task HandleCallAsync(HttpContext http, string token, string method)
    {
        var request = await FakeTelegramRequest.ReadAsync(method, http.Request, http.RequestAborted).ConfigureAwait(false);
        if (token != Token)
        {
            await AnswerAsync(http, request, 401, Error(401, "Unauthorized")).ConfigureAwait(false);
            return;
        }

        var fault = TakeFault(request);
        switch (fault?.Kind)
        {
            case FakeFaultKind.ServerError:
                await AnswerAsync(http, request, 502, Error(502, "Bad Gateway")).ConfigureAwait(false);
                return;
            case FakeFaultKind.Drop:
                Record(request, 0, null);
                http.Abort();
                return;
            case FakeFaultKind.Delay:
                try
                {
                    await Task.Delay(fault.Delay, Time, http.RequestAborted).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The client gave up: the call never reached "Telegram".
                    Record(request, 0, null);
                    return;
                }

                break;
        }

        var (status, body) = method switch
        {
            "getMe" => (200, Ok(Me())),
            "getUpdates" => await GetUpdatesAsync(request, http.RequestAborted).ConfigureAwait(false),
            "setWebhook" => SetWebhook(request),
            "deleteWebhook" => SetWebhookTo(null, null),
            "getWebhookInfo" => (200, Ok(new JsonObject { ["url"] = WebhookUrl ?? "", ["has_custom_certificate"] = false, ["pending_update_count"] = 0 })),
            "sendMessage" => Send(request, document: false),
            "sendDocument" => Send(request, document: true),
            "sendPhoto" => SendPhoto(request),
            "editMessageText" => Edit(request),
            "answerCallbackQuery" => AnswerCallback(request),
            "setMyCommands" => SetCommands(request),
            "deleteMyCommands" => DeleteCommands(request),
            "getMyCommands" => (200, Ok(CommandsFor(ScopeKey(request), request.String("language_code") ?? "") ?? [])),
            _ => (404, Error(404, "Not Found: method not found")),
        };
        if (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        await AnswerAsync(http, request, status, body).ConfigureAwait(false);
    }

    private async Task<(int, JsonObject)> GetUpdatesAsync(FakeTelegramRequest request, CancellationToken aborted)
    {
        if (WebhookUrl is not null)
        {
            return (409, Error(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first"));
        }

        var updates = await _updates.GetAsync(request.Long("offset") ?? 0, (int)(request.Long("limit") ?? 100),
            (int)(request.Long("timeout") ?? 0), aborted).ConfigureAwait(false);
        return updates is null
            ? (409, Error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running"))
            : (200, Ok(updates));
    }

    private (int, JsonObject) SetWebhook(FakeTelegramRequest request)
    {
        var url = request.String("url");
        return string.IsNullOrEmpty(url) ? SetWebhookTo(null, null) : SetWebhookTo(url, request.String("secret_token"));
    }

    private (int, JsonObject) SetWebhookTo(string? url, string? secret)
    {
        lock (_lock)
        {
            WebhookUrl = url;
            WebhookSecret = secret;
        }

        return (200, Ok(true));
    }

    private (int, JsonObject) Send(FakeTelegramRequest request, bool document)
    {
        var chatId = request.Long("chat_id");
        var text = document ? request.String("caption") ?? "" : request.String("text") ?? "";
        var file = document ? request.File("document") : null;
        if (chatId is null)
        {
            return (400, Error(400, "Bad Request: chat_id is empty"));
        }

        if (document ? file is null : text.Length == 0)
        {
            return (400, Error(400, document ? "Bad Request: there is no document in the request" : "Bad Request: message text is empty"));
        }

        if (text.Length > (document ? 1024 : 4096))
        {
            return (400, Error(400, document ? "Bad Request: message caption is too long" : "Bad Request: message is too long"));
        }

        return Store(request, chatId.Value, text, file, null);
    }

    private (int, JsonObject) Store(FakeTelegramRequest request, long chatId, string text, FakeUploadedFile? file, string? photo)
    {
        lock (_lock)
        {
            if (_blocked.Contains(chatId))
            {
                return (403, Error(403, "Forbidden: bot was blocked by the user"));
            }

            if (_limiter.TryAcquire(chatId, Time.GetUtcNow()) is { } retryAfter)
            {
                var error = Error(429, $"Too Many Requests: retry after {retryAfter}");
                error["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
                return (429, error);
            }

            var sent = new FakeSentMessage
            {
                Sequence = ++_sequence,
                MessageId = _nextMessageId++,
                ChatId = chatId,
                ThreadId = (int?)request.Long("message_thread_id"),
                Text = text,
                ReplyMarkup = request.Parameters["reply_markup"]?.DeepClone(),
                Document = file,
                Photo = photo,
                At = Time.GetUtcNow(),
            };
            _sent.Add(sent);
            MessageSent?.Invoke(sent);
            return (200, Ok(MessageJson(sent)));
        }
    }

    private (int, JsonObject) Edit(FakeTelegramRequest request)
    {
        lock (_lock)
        {
            var chatId = request.Long("chat_id");
            var id = request.Long("message_id");
            var message = _sent.LastOrDefault(m => m.ChatId == chatId && m.MessageId == id);
            if (message is null)
            {
                return (400, Error(400, "Bad Request: message to edit not found"));
            }

            message.Text = request.String("text") ?? "";
            return (200, Ok(MessageJson(message)));
        }
    }

    private (int, JsonObject) AnswerCallback(FakeTelegramRequest request)
    {
        var id = request.String("callback_query_id");
        if (string.IsNullOrEmpty(id))
        {
            return (400, Error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid"));
        }

        lock (_lock)
        {
            _answeredCallbacks.Add(id);
        }

        return (200, Ok(true));
    }

    private (int, JsonObject) SetCommands(FakeTelegramRequest request)
    {
        if (request.Parameters["commands"] is not JsonArray commands)
        {
            return (400, Error(400, "Bad Request: commands must be an array"));
        }

        if (ScopeKey(request) is not { } scope)
        {
            return (400, Error(400, "Bad Request: can't parse BotCommandScope JSON object"));
        }

        lock (_lock)
        {
            _commands[(scope, request.String("language_code") ?? "")] = (JsonArray)commands.DeepClone();
            _commandCalls.Add((scope, request.String("language_code") ?? "", "set"));
        }

        return (200, Ok(true));
    }

    private (int, JsonObject) DeleteCommands(FakeTelegramRequest request)
    {
        if (ScopeKey(request) is not { } scope)
        {
            return (400, Error(400, "Bad Request: can't parse BotCommandScope JSON object"));
        }

        lock (_lock)
        {
            _commands.Remove((scope, request.String("language_code") ?? ""));
            _commandCalls.Add((scope, request.String("language_code") ?? "", "delete"));
        }

        return (200, Ok(true));
    }

    /// <summary>"default" without a scope; else the scope's type, with ":chat_id" for the chat scopes.</summary>
    private static string? ScopeKey(FakeTelegramRequest request)
    {
        var scope = request.Parameters["scope"] switch
        {
            JsonObject o => o,
            JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => JsonNode.Parse(v.GetValue<string>()) as JsonObject,
            null => new JsonObject { ["type"] = "default" },
            _ => null,
        };
        if (scope?["type"] is not JsonValue type || type.GetValueKind() != System.Text.Json.JsonValueKind.String)
        {
            return null;
        }

        var name = type.GetValue<string>();
        return name switch
        {
            "default" or "all_private_chats" or "all_group_chats" or "all_chat_administrators" => name,
            "chat" or "chat_administrators" when scope["chat_id"] is JsonValue id => $"{name}:{id}",
            _ => null,
        };
    }
}
