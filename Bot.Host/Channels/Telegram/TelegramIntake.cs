using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Where polling and the webhook hand every update: it is mapped and recorded in the durable inbox (deduplicated by
/// update_id) through <see cref="InboxProcessor.RecordAndHandle"/>, which handles it in the same transaction when
/// nothing older is waiting (otherwise the inbox processor handles it after what waits). A group's move to a supergroup is
/// applied to the stored binding at once (idempotent). Button presses are answered right away, directly, not through
/// the outbox: answerCallbackQuery is not a chat message, does not count against chat limits, and is worthless after
/// the client's spinner has timed out, so persisting and retrying it would gain nothing.
/// </summary>
internal sealed class TelegramIntake(
    TelegramUpdateMapper mapper,
    IInbox inbox,
    InboxProcessor processor,
    CommunityStore communities,
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
            var accepted = false;
            processor.RecordAndHandle(() =>
            {
                if (inbound.Migration is { } move)
                {
                    communities.MoveGroup(ChannelNames.Telegram, move.OldChatId, move.NewChatId);
                }

                accepted = inbound.Message is { } message && inbox.TryAccept(message);
            });
            if (inbound.Migration is { } moved)
            {
                logger.LogInformation("Telegram group {Old} became supergroup {New}; binding moved", moved.OldChatId, moved.NewChatId);
            }

            if (inbound.CallbackQueryId is { } queryId && (accepted || inbound.Message is null))
            {
                _ = AnswerAsync(queryId);
            }

            NoticeSender(inbound);
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
    /// per update). Returns false when the
    /// batch could not be stored; nothing of it is then kept, and the caller falls back to <see cref="Record"/> per update.
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

        var answers = new List<string>();
        try
        {
            processor.RecordAndHandle(() =>
            {
                answers.Clear();
                foreach (var inbound in mapped)
                {
                    if (inbound.Migration is { } move)
                    {
                        communities.MoveGroup(ChannelNames.Telegram, move.OldChatId, move.NewChatId);
                    }

                    var accepted = inbound.Message is { } message && inbox.TryAccept(message);
                    if (inbound.CallbackQueryId is { } queryId && (accepted || inbound.Message is null))
                    {
                        answers.Add(queryId);
                    }
                }
            });
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Telegram batch of {Count} could not be recorded at once; recording one by one", updates.Count);
            return false;
        }

        foreach (var queryId in answers)
        {
            _ = AnswerAsync(queryId);
        }

        foreach (var inbound in mapped)
        {
            NoticeSender(inbound);
        }

        return true;
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
