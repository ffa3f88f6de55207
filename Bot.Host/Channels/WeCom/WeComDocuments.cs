using Bot.Core.Messaging;

namespace Bot.Host.Channels.WeCom;

/// <summary>A document (an export) uploaded as temporary media and sent as a file message, through the app or the group's robot.</summary>
internal sealed class WeComDocuments(WeComApiClient api, WeComAppMessages app, WeComRobots robots)
{
    /// <summary>
    /// Private chats and app groups through the app; robot groups, and intelligent-bot groups with a robot set, through
    /// that robot (a one-shot reply carries text only). Null when the chat has no way to receive a document.
    /// </summary>
    public WeComFileRoute? RouteOf(ChatAddress to)
    {
        if (to.Kind == ChatKind.Private)
        {
            return new WeComFileRoute(to.ChatId, null, ChatKind.Private);
        }

        if (to.ChatId.StartsWith(WeComChatIds.AppChat, StringComparison.Ordinal))
        {
            return new WeComFileRoute(to.ChatId[WeComChatIds.AppChat.Length..], null, ChatKind.Group);
        }

        return robots.TryGet(to.ChatId, out var robot, out var key)
            ? new WeComFileRoute(robot, key, ChatKind.Group)
            : null;
    }

    public Task<WeComApiResult> UploadAsync(WeComFileRoute route, OutgoingFile file, CancellationToken cancellationToken) =>
        route.RobotKey is { } key
            ? api.UploadRobotMediaAsync(key, file, cancellationToken)
            : api.UploadMediaAsync(file, cancellationToken);

    public Task<WeComApiResult> SendAsync(WeComFileRoute route, string mediaId, CancellationToken cancellationToken)
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

        return app.SendFileAsync(route.Target, mediaId, cancellationToken);
    }
}
