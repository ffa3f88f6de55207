using Bot.Core.Messaging;

namespace Bot.Host.Channels.WeCom;

/// <summary>
/// Sends one text part of a message: through the intelligent bot's one-shot response_url while it is usable (as a
/// template card when the message has buttons that fit one), else to a member through the app, to an app group
/// through appchat/send, or to a group through its robot's webhook.
/// </summary>
internal sealed class WeComTextSender(WeComApiClient api, TimeProvider time, WeComCardSender cards, WeComReplyUrls replyUrls,
    WeComAppMessages app, WeComRobots robots)
{
    public async Task<WeComApiResult> SendAsync(OutgoingMessage message, string text, CancellationToken cancellationToken)
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
            return await app.SendTextAsync(chatId, text, cancellationToken).ConfigureAwait(false);
        }

        if (chatId.StartsWith(WeComChatIds.AppChat, StringComparison.Ordinal))
        {
            var body = new { chatid = chatId[WeComChatIds.AppChat.Length..], msgtype = "text", text = new { content = text }, safe = 0 };
            return await api.PostAsync("appchat/send", body, cancellationToken).ConfigureAwait(false);
        }

        if (!robots.TryGet(chatId, out _, out var key))
        {
            return new WeComApiResult(WeComSendProblems.NoRoute,
                $"no way to reach group {chatId}: its response_url is spent or expired and no robot is set (WeCom:Bot:GroupRobots / WeCom:Robots)");
        }

        return await api.PostJsonAsync(api.WebhookUrl(key), new { msgtype = "text", text = new { content = text } }, cancellationToken)
            .ConfigureAwait(false);
    }

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
