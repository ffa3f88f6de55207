using System.Globalization;
using System.Text;
using Bot.Core.Messaging;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.ReplyMarkups;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Sends outbox messages with the Telegram.Bot client and reports what happened; it never waits on Telegram's behalf.
/// 429 → throttled for <c>retry_after</c>; 5xx, timeouts and network faults → transient; other 4xx (blocked, chat not
/// found, bad request) → permanent. Limits and retries are the outbox dispatcher's job.
/// </summary>
internal sealed class TelegramSender(TelegramConnection connection, IOptions<TelegramOptions> options, ILogger<TelegramSender> logger)
    : IChannelSender
{
    /// <summary>Telegram's limit for a document caption.</summary>
    internal const int MaxCaptionLength = 1024;

    public string Channel => ChannelNames.Telegram;

    public async Task<SendResult> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!long.TryParse(message.To.ChatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId))
        {
            return SendResult.Refused($"'{message.To.ChatId}' is not a Telegram chat id");
        }

        int? thread = int.TryParse(message.To.ThreadId, NumberStyles.None, CultureInfo.InvariantCulture, out var t) ? t : null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.SendTimeout);
        try
        {
            var keyboard = Keyboard(message.Buttons);
            var bot = connection.Client;
            if (message.PhotoRef is { } photo)
            {
                // A photo by the file_id it came in with; the text is its caption, as for documents.
                var captionFits = message.Text.Length <= MaxCaptionLength;
                await bot.SendPhoto(chatId, InputFile.FromFileId(photo),
                    caption: captionFits && message.Text.Length > 0 ? message.Text : null,
                    replyMarkup: captionFits ? keyboard : null, messageThreadId: thread, cancellationToken: timeout.Token).ConfigureAwait(false);
                if (captionFits)
                {
                    return SendResult.Ok;
                }
            }
            else if (message.File is { } file)
            {
                // A caption holds 1,024 characters; longer text follows as its own message. Should that second call
                // fail, the retry sends the document again: a rare duplicate file rather than a lost text.
                var captionFits = message.Text.Length <= MaxCaptionLength;
                using var stream = new MemoryStream(file.Content, writable: false);
                await bot.SendDocument(chatId, InputFile.FromStream(stream, file.FileName),
                    caption: captionFits && message.Text.Length > 0 ? message.Text : null,
                    replyMarkup: captionFits ? keyboard : null, messageThreadId: thread, cancellationToken: timeout.Token).ConfigureAwait(false);
                if (captionFits)
                {
                    return SendResult.Ok;
                }
            }

            await bot.SendMessage(chatId, message.Text, replyMarkup: keyboard, messageThreadId: thread,
                cancellationToken: timeout.Token).ConfigureAwait(false);
            return SendResult.Ok;
        }
        catch (ApiRequestException e)
        {
            return FromApiError(e);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Fault($"timeout after {options.Value.SendTimeout}");
        }
        catch (Exception e) when (e is RequestException or HttpRequestException or IOException)
        {
            return SendResult.Fault($"network: {e.Message}");
        }
    }

    internal SendResult FromApiError(ApiRequestException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var error = $"{e.ErrorCode} {e.Message}";
        switch (e.ErrorCode)
        {
            case 429:
                var seconds = e.Parameters?.RetryAfter ?? 1;
                return SendResult.Throttle(TimeSpan.FromSeconds(Math.Max(1, seconds)), error);
            case >= 500:
                return SendResult.Fault(error);
            case 401 or 404:
                // 401/404 mean a wrong token or API address ("chat not found" is a 400): fixed by a deployer, not by the recipient: keep the message for later.
                logger.LogError("Telegram rejected the bot's credentials ({Error}); check Telegram:BotToken and Telegram:ApiBaseUrl", error);
                return SendResult.Fault(error);
            default:
                return SendResult.Refused(error);
        }
    }

    internal static InlineKeyboardMarkup? Keyboard(IReadOnlyList<IReadOnlyList<Button>> rows)
    {
        if (rows.Count == 0)
        {
            return null;
        }

        return new InlineKeyboardMarkup(rows.Select(row => row.Select(b =>
            InlineKeyboardButton.WithCallbackData(b.Label, FitData(b.Data)))));
    }

    /// <summary>callback_data is limited to 64 bytes; longer data is cut at a character boundary rather than refused.</summary>
    internal static string FitData(string data)
    {
        if (Encoding.UTF8.GetByteCount(data) <= Button.MaxDataBytes)
        {
            return data;
        }

        var end = data.Length;
        while (end > 0 && Encoding.UTF8.GetByteCount(data.AsSpan(0, end)) > Button.MaxDataBytes)
        {
            end--;
        }

        if (end > 0 && char.IsHighSurrogate(data[end - 1]))
        {
            end--;
        }

        return data[..end];
    }
}
