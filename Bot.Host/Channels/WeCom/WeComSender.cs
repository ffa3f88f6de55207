using Bot.Core.Messaging;
using Bot.Core.People;
using Microsoft.Extensions.Options;
using Bot.Core.Texts;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Sends outbox messages to WeCom: private chats through the app's message/send (a broadcast batches up to 1,000
/// userids per call with duplicate check on), <c>appchat:</c> groups through appchat/send, <c>robot:</c> groups through
/// their webhook, and intelligent-bot chats through the message's one-shot response_url, falling back to the app
/// (private) or the group's robot when it is spent or expired. A document (an export) is uploaded as temporary media
/// and sent as a file message under the text, through the app or the group's robot. Limits are applied by the
/// dispatcher before this runs. Messages with buttons to members go as template cards (<see cref="WeComCardSender"/>).
/// </summary>
internal sealed class WeComSender(WeComApiClient api, IOptions<WeComOptions> options, TimeProvider time, WeComSendProblems problems,
    WeComCardSender cards, WeComReplyUrls replyUrls) : IChannelSender
{
    private readonly WeComOptions _options = options.Value;

    public string Channel => ChannelNames.WeCom;

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (replyUrls.Gate(message) is { } gated)
        {
            return gated;
        }

        if (WeComCardSender.IsUpdate(message))
        {
            return problems.Map(await cards.UpdateAsync(message, cancellationToken).ConfigureAwait(false), message.DedupeKey);
        }

        if (cards.Carries(message))
        {
            return problems.Map(await cards.SendAsync(message.To.ChatId, message, SendTextToUsersAsync, cancellationToken).ConfigureAwait(false),
                message.DedupeKey);
        }

        if (message.PhotoRef is { } photo && message.To.Kind == ChatKind.Private)
        {
            // An image message carries no caption: the image first, then the text under it (a retry after a failed
            // text sends the image again, which the duplicate check drops within its interval).
            var sent = problems.Map(await SendImageAsync(message.To.ChatId, photo, cancellationToken).ConfigureAwait(false), message.DedupeKey);
            if (sent.Outcome != SendOutcome.Sent || message.Text.Length == 0)
            {
                return sent;
            }
        }

        var text = WeComMessageFormatter.Render(message);
        FileRoute? fileRoute = null;
        string? mediaId = null;
        if (message.File is { } file)
        {
            // Uploaded first: when WeCom refuses the document, nothing of the message has gone out yet.
            fileRoute = FileRouteOf(message.To);
            if (fileRoute is null)
            {
                text += "\n" + WeComTexts.FileNotHere.Format(message.Language ?? Language.ZhHans, file.FileName);
            }
            else
            {
                var uploaded = await UploadAsync(fileRoute, file, cancellationToken).ConfigureAwait(false);
                if (!uploaded.Ok || uploaded.MediaId is null)
                {
                    return problems.Map(uploaded.Ok ? new WeComApiResult(null, "upload answered no media_id") : uploaded, message.DedupeKey);
                }

                mediaId = uploaded.MediaId;
            }
        }

        if (text.Length > 0 || message.File is null)
        {
            foreach (var part in WeComMessageFormatter.SplitBytes(text))
            {
                var result = await SendPartAsync(message, part, cancellationToken).ConfigureAwait(false);
                var mapped = problems.Map(result, message.DedupeKey);
                if (mapped.Outcome != SendOutcome.Sent)
                {
                    return mapped;
                }
            }
        }

        if (fileRoute is not null && mediaId is not null)
        {
            // The document under its text. (Should this fail, the retry sends the text again: the app's duplicate check
            // drops it in private chats; an app group or a robot shows it twice.)
            return problems.Map(await SendFileAsync(fileRoute, mediaId, cancellationToken).ConfigureAwait(false), message.DedupeKey);
        }

        return SendResult.Ok;
    }

    /// <summary>How a document reaches a chat: the app (private chats, app groups) or a group's robot.</summary>
    private sealed record FileRoute(string Target, string? RobotKey, ChatKind Kind);

    /// <summary>
    /// Private chats and app groups through the app; robot groups, and intelligent-bot groups with a robot set, through
    /// that robot (a one-shot reply carries text only). Null when the chat has no way to receive a document.
    /// </summary>
    private FileRoute? FileRouteOf(ChatAddress to)
    {
        if (to.Kind == ChatKind.Private)
        {
            return new FileRoute(to.ChatId, null, ChatKind.Private);
        }

        if (to.ChatId.StartsWith(WeComChatIds.AppChat, StringComparison.Ordinal))
        {
            return new FileRoute(to.ChatId[WeComChatIds.AppChat.Length..], null, ChatKind.Group);
        }

        return RobotOf(to.ChatId) is { } robot && _options.Robots.TryGetValue(robot, out var key)
            ? new FileRoute(robot, key, ChatKind.Group)
            : null;
    }

    private Task<WeComApiResult> UploadAsync(FileRoute route, OutgoingFile file, CancellationToken cancellationToken) =>
        route.RobotKey is { } key
            ? api.UploadRobotMediaAsync(key, file, cancellationToken)
            : api.UploadMediaAsync(file, cancellationToken);

    private Task<WeComApiResult> SendFileAsync(FileRoute route, string mediaId, CancellationToken cancellationToken)
    {
        if (route.RobotKey is { } key)
        {
            return api.PostJsonAsync(api.WebhookUrl(key), new { msgtype = "file", file = new { media_id = mediaId } }, cancellationToken);
        }

        if (route.Kind == ChatKind.Group)
        {
            return api.PostAsync("appchat/send", new { chatid = route.Target, msgtype = "file", file = new { media_id = mediaId }, safe = 0 },
                cancellationToken);
        }

        return SendToUsersAsync(route.Target, "file", new { media_id = mediaId }, cancellationToken);
    }

    /// <summary>The robot (name under WeCom:Robots) a group posts through: its own, or an intelligent-bot group's fallback.</summary>
    private string? RobotOf(string chatId) =>
        chatId.StartsWith(WeComChatIds.Robot, StringComparison.Ordinal) ? chatId[WeComChatIds.Robot.Length..]
        : chatId.StartsWith(WeComChatIds.AiBot, StringComparison.Ordinal) ? _options.Bot.GroupRobots.GetValueOrDefault(chatId[WeComChatIds.AiBot.Length..])
        : null;

    public async Task<IReadOnlyList<SendResult>> SendBatchAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var content = messages.Count == 0 ? "" : WeComMessageFormatter.Render(messages[0]);
        if (messages.Any(m => m.To.Kind != ChatKind.Private || m.ReplyToken is not null || m.PhotoRef is not null || m.File is not null
            || WeComMessageFormatter.Render(m) != content))
        {
            return await SendOneByOneAsync(messages, cancellationToken).ConfigureAwait(false);
        }

        var results = new SendResult[messages.Count];
        for (var offset = 0; offset < messages.Count; offset += _options.MaxBatchSize)
        {
            var chunk = messages.Skip(offset).Take(_options.MaxBatchSize).ToList();
            var users = string.Join('|', chunk.Select(m => m.To.ChatId));
            WeComApiResult result = new(0, "ok");
            var asCard = cards.Carries(messages[0]);
            if (asCard)
            {
                result = await cards.SendAsync(users, messages[0], SendTextToUsersAsync, cancellationToken).ConfigureAwait(false);
            }

            foreach (var part in asCard ? (IReadOnlyList<string>)[] : WeComMessageFormatter.SplitBytes(content))
            {
                result = await SendTextToUsersAsync(users, part, cancellationToken).ConfigureAwait(false);
                if (!result.Ok)
                {
                    break;
                }
            }

            var invalid = (result.InvalidUser ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            for (var i = 0; i < chunk.Count; i++)
            {
                results[offset + i] = result.Ok && invalid.Contains(chunk[i].To.ChatId)
                    ? SendResult.Refused("invaliduser: not a member, or outside the app's visible range")
                    : problems.Map(result, chunk[i].DedupeKey);
            }
        }

        return results;
    }

    private async Task<IReadOnlyList<SendResult>> SendOneByOneAsync(IReadOnlyList<OutgoingMessage> messages, CancellationToken cancellationToken)
    {
        var results = new List<SendResult>(messages.Count);
        foreach (var m in messages)
        {
            results.Add(await SendAsync(m, cancellationToken).ConfigureAwait(false));
        }

        return results;
    }

    private async Task<WeComApiResult> SendPartAsync(OutgoingMessage message, string text, CancellationToken cancellationToken)
    {
        if (TakeReplyUrl(message.ReplyToken) is { } replyUrl)
        {
            // A short message with buttons answers as a template card the chat's members can press; else as markdown.
            object body = cards.ForBot(message) is { } card
                ? new { msgtype = "template_card", template_card = card.Body }
                : new { msgtype = "markdown", markdown = new { content = text } };
            var replied = await api.PostJsonAsync(replyUrl, body, cancellationToken).ConfigureAwait(false);
            if (replied.Ok)
            {
                return replied;
            }

            // Spent, expired or refused: fall through to the app or the group's robot.
        }

        var chatId = message.To.ChatId;
        if (message.To.Kind == ChatKind.Private)
        {
            return await SendTextToUsersAsync(chatId, text, cancellationToken).ConfigureAwait(false);
        }

        if (chatId.StartsWith(WeComChatIds.AppChat, StringComparison.Ordinal))
        {
            var body = new { chatid = chatId[WeComChatIds.AppChat.Length..], msgtype = "text", text = new { content = text }, safe = 0 };
            return await api.PostAsync("appchat/send", body, cancellationToken).ConfigureAwait(false);
        }

        var robot = RobotOf(chatId);
        if (robot is null || !_options.Robots.TryGetValue(robot, out var key))
        {
            return new WeComApiResult(WeComSendProblems.NoRoute,
                $"no way to reach group {chatId}: its response_url is spent or expired and no robot is set (WeCom:Bot:GroupRobots / WeCom:Robots)");
        }

        return await api.PostJsonAsync(api.WebhookUrl(key), new { msgtype = "text", text = new { content = text } }, cancellationToken)
            .ConfigureAwait(false);
    }

    private Task<WeComApiResult> SendTextToUsersAsync(string users, string text, CancellationToken cancellationToken) =>
        SendToUsersAsync(users, "text", new { content = text }, cancellationToken);

    /// <summary>
    /// message/send from the app to userids joined by '|', with WeCom's duplicate check on: an identical body within
    /// <c>WeCom:DuplicateCheckInterval</c> is not delivered again (a resend after a crash or a retry).
    /// </summary>
    private Task<WeComApiResult> SendToUsersAsync(string users, string msgtype, object payload, CancellationToken cancellationToken) =>
        api.PostAsync("message/send", new Dictionary<string, object>
        {
            ["touser"] = users,
            ["msgtype"] = msgtype,
            ["agentid"] = _options.AgentId,
            [msgtype] = payload,
            ["safe"] = 0,
            ["enable_duplicate_check"] = 1,
            ["duplicate_check_interval"] = (long)_options.DuplicateCheckInterval.TotalSeconds,
        }, cancellationToken);

    /// <summary>An image by the media_id it came in with (a received image's MediaId stays valid for three days).</summary>
    private Task<WeComApiResult> SendImageAsync(string user, string mediaId, CancellationToken cancellationToken) =>
        SendToUsersAsync(user, "image", new { media_id = mediaId }, cancellationToken);

    /// <summary>The message's response_url if it is still usable; it is one-shot, so it is marked spent here.</summary>
    private Uri? TakeReplyUrl(string? replyToken)
    {
        if (!WeComReplyToken.TryParse(WeComCardToken.ReplyPart(replyToken), out var receivedAt, out var url)
            || time.GetUtcNow() - receivedAt > WeComReplyToken.Validity)
        {
            return null;
        }

        return replyUrls.TryTake(url!) ? url : null;
    }
}
