using Bot.Core.Messaging;
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
/// This type decides what a message becomes; the calls are <see cref="WeComTextSender"/>'s (text parts and their
/// routes), <see cref="WeComDocuments"/>' (upload and file messages) and <see cref="WeComAppMessages"/>' (message/send);
/// <see cref="WeComSendProblems"/> classifies WeCom's answers.
/// </summary>
internal sealed class WeComSender : IChannelSender
{
    private readonly WeComOptions _options;
    private readonly WeComSendProblems _problems;
    private readonly WeComCardSender _cards;
    private readonly WeComReplyUrls _replyUrls;
    private readonly WeComAppMessages _app;
    private readonly WeComDocuments _documents;
    private readonly WeComTextSender _texts;

    public WeComSender(WeComApiClient api, IOptions<WeComOptions> options, TimeProvider time, WeComSendProblems problems,
        WeComCardSender cards, WeComReplyUrls replyUrls)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
        _problems = problems;
        _cards = cards;
        _replyUrls = replyUrls;
        _app = new WeComAppMessages(api, _options);
        var robots = new WeComRobots(_options);
        _documents = new WeComDocuments(api, _app, robots);
        _texts = new WeComTextSender(api, time, cards, replyUrls, _app, robots);
    }

    public string Channel => ChannelNames.WeCom;

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (_replyUrls.Gate(message) is { } gated)
        {
            return gated;
        }

        if (WeComCardSender.IsUpdate(message))
        {
            return _problems.Map(await _cards.UpdateAsync(message, cancellationToken).ConfigureAwait(false), message.DedupeKey);
        }

        if (_cards.Carries(message))
        {
            return _problems.Map(await _cards.SendAsync(message.To.ChatId, message, _app.SendTextAsync, cancellationToken).ConfigureAwait(false),
                message.DedupeKey);
        }

        if (message.PhotoRef is { } photo && message.To.Kind == ChatKind.Private)
        {
            // An image message carries no caption: the image first, then the text under it (a retry after a failed
            // text sends the image again, which the duplicate check drops within its interval).
            var sent = _problems.Map(await _app.SendImageAsync(message.To.ChatId, photo, cancellationToken).ConfigureAwait(false), message.DedupeKey);
            if (sent.Outcome != SendOutcome.Sent || message.Text.Length == 0)
            {
                return sent;
            }
        }

        var text = WeComMessageFormatter.Render(message);
        WeComFileRoute? fileRoute = null;
        string? mediaId = null;
        if (message.File is { } file)
        {
            // Uploaded first: when WeCom refuses the document, nothing of the message has gone out yet.
            fileRoute = _documents.RouteOf(message.To);
            if (fileRoute is null)
            {
                text += "\n" + WeComTexts.FileNotHere.Format(message.Language ?? Language.ZhHans, file.FileName);
            }
            else
            {
                var uploaded = await _documents.UploadAsync(fileRoute, file, cancellationToken).ConfigureAwait(false);
                if (!uploaded.Ok || uploaded.MediaId is null)
                {
                    return _problems.Map(uploaded.Ok ? new WeComApiResult(null, "upload answered no media_id") : uploaded, message.DedupeKey);
                }

                mediaId = uploaded.MediaId;
            }
        }

        if (text.Length > 0 || message.File is null)
        {
            foreach (var part in WeComMessageFormatter.SplitBytes(text))
            {
                var result = await _texts.SendAsync(message, part, cancellationToken).ConfigureAwait(false);
                var mapped = _problems.Map(result, message.DedupeKey);
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
            return _problems.Map(await _documents.SendAsync(fileRoute, mediaId, cancellationToken).ConfigureAwait(false), message.DedupeKey);
        }

        return SendResult.Ok;
    }

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
            var asCard = _cards.Carries(messages[0]);
            if (asCard)
            {
                result = await _cards.SendAsync(users, messages[0], _app.SendTextAsync, cancellationToken).ConfigureAwait(false);
            }

            foreach (var part in asCard ? (IReadOnlyList<string>)[] : WeComMessageFormatter.SplitBytes(content))
            {
                result = await _app.SendTextAsync(users, part, cancellationToken).ConfigureAwait(false);
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
                    : _problems.Map(result, chunk[i].DedupeKey);
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
}
