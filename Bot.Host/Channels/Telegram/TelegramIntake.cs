using Bot.Core.Messaging;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Where polling and the webhook hand every update: it is mapped and handed to the core's one inbound door
/// (<see cref="IInbox.Receive"/>), which records it in the durable inbox (deduplicated by update_id), handles it in the
/// same transaction when nothing older is waiting (otherwise the inbox processor handles it after what waits) and
/// applies a group's move to a supergroup to the stored binding (idempotent). Button presses are answered right away,
/// directly, not through the outbox: answerCallbackQuery is not a chat message, does not count against chat limits,
/// and is worthless after the client's spinner has timed out, so persisting and retrying it would gain nothing.
/// </summary>
internal sealed class TelegramIntake(
    TelegramUpdateMapper mapper,
    IInbox inbox,
    TelegramConnection connection,
    TelegramMenuSync menus,
    ILogger<TelegramIntake> logger)
{
    /// <summary>
    /// Records one update. Returns false only when the update could not be stored (the caller must not confirm it);
    /// every other problem (an unmappable update) is logged and counts as done.
    /// </summary>
    public bool Record(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        TelegramInbound inbound;
        try
        {
            inbound = mapper.Map(update);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Telegram update {UpdateId} could not be read; skipped", update.Id);
            return true;
        }

        if (inbound.Ignored is { } reason)
        {
            logger.LogDebug("Telegram update {UpdateId} ignored: {Reason}", update.Id, reason);
        }

        try
        {
            Hand([inbound]);
            return true;
        }
        catch (Exception e)
        {
            logger.LogError(e, "Telegram update {UpdateId} could not be recorded; it will be fetched again", update.Id);
            return false;
        }
    }

    /// <summary>
    /// Records (and, when nothing older waits, handles) a polled batch in one transaction (one disk flush instead of one
    /// per update). Returns false when the batch could not be stored; nothing of it is then kept, and the caller falls
    /// back to <see cref="Record"/> per update.
    /// </summary>
    public bool RecordBatch(IReadOnlyList<Update> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var mapped = new List<TelegramInbound>(updates.Count);
        foreach (var update in updates)
        {
            try
            {
                var inbound = mapper.Map(update);
                if (inbound.Ignored is { } reason)
                {
                    logger.LogDebug("Telegram update {UpdateId} ignored: {Reason}", update.Id, reason);
                }

                mapped.Add(inbound);
            }
            catch (Exception e)
            {
                logger.LogWarning(e, "Telegram update {UpdateId} could not be read; skipped", update.Id);
            }
        }

        try
        {
            Hand(mapped);
            return true;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Telegram batch of {Count} could not be recorded at once; recording one by one", updates.Count);
            return false;
        }
    }

    /// <summary>
    /// Hands the updates' messages and group moves to the inbox in one call, then answers the button presses it took
    /// (a press seen before was answered then) and notices the private senders. Throws when nothing could be stored.
    /// </summary>
    private void Hand(IReadOnlyList<TelegramInbound> mapped)
    {
        var messages = new List<IncomingMessage>(mapped.Count);
        List<ChatMove>? moves = null;
        foreach (var inbound in mapped)
        {
            if (inbound.Message is { } message)
            {
                messages.Add(message);
            }

            if (inbound.Migration is { } move)
            {
                (moves ??= []).Add(new ChatMove(ChannelNames.Telegram, move.OldChatId, move.NewChatId));
            }
        }

        var accepted = inbox.Receive(messages, moves ?? (IReadOnlyList<ChatMove>)[]);
        var next = 0;
        foreach (var inbound in mapped)
        {
            var taken = inbound.Message is null || accepted[next++];
            if (inbound.CallbackQueryId is { } queryId && taken)
            {
                _ = AnswerAsync(queryId);
            }
        }

        foreach (var inbound in mapped)
        {
            NoticeSender(inbound);
        }
    }

    /// <summary>A person writing in private gets their role's command menu (see <see cref="TelegramMenuSync"/>).</summary>
    private void NoticeSender(TelegramInbound inbound)
    {
        if (inbound.Message is { IsPrivate: true } message)
        {
            menus.Noticed(message.SenderId);
        }
    }

    private async Task AnswerAsync(string queryId)
    {
        try
        {
            await connection.Client.AnswerCallbackQuery(queryId).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Best effort: the press is already recorded; only the client's spinner stays a little longer.
            logger.LogDebug("answerCallbackQuery failed: {Error}", e.Message);
        }
    }
}
