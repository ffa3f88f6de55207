using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;
using Microsoft.Extensions.Options;
using Bot.Core.Texts;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Starts the Telegram channel: getMe (our @username), the command menu, then either setWebhook (webhook mode) or the
/// getUpdates loop (polling mode, after deleteWebhook). Our own loop rather than the library's receiver, because the
/// receiver confirms an update before the handler ran, skips it for good when the handler throws and retries failed
/// polls in a tight loop. Here each batch is recorded in the inbox first and confirmed (by the next offset) only after
/// every update of it is stored; failures back off, and 409 Conflict says what to do.
/// </summary>
internal sealed class TelegramChannelService(
    TelegramConnection connection,
    TelegramIntake intake,
    TelegramBotInfo info,
    CommandRouter router,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ChannelActivity activity,
    ILeaderElection leaders,
    ILogger<TelegramChannelService> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.EditedMessage, UpdateType.CallbackQuery];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        var o = options.Value;
        var backoff = new TelegramBackoff(o.ErrorBackoff, o.MaxErrorBackoff);
        try
        {
            await UntilDoneAsync(IntroduceAsync, "getMe", backoff, stoppingToken).ConfigureAwait(false);
            await SetCommandsAsync(stoppingToken).ConfigureAwait(false);
            if (o.Mode == TelegramMode.Webhook)
            {
                await UntilDoneAsync(ct => connection.Client.SetWebhook(o.WebhookUrl, allowedUpdates: Wanted, secretToken: o.WebhookSecret,
                    cancellationToken: ct), "setWebhook", backoff, stoppingToken).ConfigureAwait(false);
                logger.LogInformation("Telegram: webhook set; updates arrive at POST /telegram/webhook");
                return;
            }

            await UntilDoneAsync(ct => connection.Client.DeleteWebhook(cancellationToken: ct), "deleteWebhook", backoff, stoppingToken).ConfigureAwait(false);
            logger.LogInformation("Telegram: polling as @{Username}", info.Username);
            await PollWhileLeaderAsync(backoff, stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task IntroduceAsync(CancellationToken cancellationToken)
    {
        var me = await connection.Client.GetMe(cancellationToken).ConfigureAwait(false);
        info.Username = me.Username;
    }

    /// <summary>
    /// The default command menus: private chats see a resident's commands (people of other roles get their own menu
    /// from <see cref="TelegramMenuSync"/>), group chats every command, since people of every role write there. In
    /// Simplified Chinese, and in English for apps set to English. The menu is a convenience: a refusal is logged and
    /// never keeps the bot from receiving.
    /// </summary>
    private async Task SetCommandsAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.SetCommands)
        {
            return;
        }

        try
        {
            foreach (var (language, code) in new[] { (Language.ZhHans, (string?)null), (Language.English, "en") })
            {
                await connection.Client.SetMyCommands(TelegramCommandMenu.For(router, language, Role.Resident), languageCode: code,
                    cancellationToken: cancellationToken).ConfigureAwait(false);
                await connection.Client.SetMyCommands(TelegramCommandMenu.For(router, language), BotCommandScope.AllGroupChats(), code,
                    cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Telegram setMyCommands failed ({Error}); the command menu may be out of date, commands still work", e.Message);
        }
    }

    /// <summary>
    /// Polls only while this host leads the polling of this bot (with several hosts on PostgreSQL, one at a time; Telegram
    /// refuses two getUpdates loops). Losing the leadership stops polling until this host leads again; the new leader
    /// starts from the first unconfirmed update, and the inbox drops any update recorded twice.
    /// </summary>
    private async Task PollWhileLeaderAsync(TelegramBackoff backoff, CancellationToken stoppingToken)
    {
        var leadership = leaders.For(PollingLeadershipName(options.Value.BotToken));
        while (!stoppingToken.IsCancellationRequested)
        {
            var lost = await leadership.WaitUntilLeaderAsync(stoppingToken).ConfigureAwait(false);
            using var term = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, lost);
            try
            {
                await PollAsync(backoff, term.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning("Telegram: this host no longer leads the polling; it waits to lead again");
            }
        }
    }

    /// <summary>The leadership name of polling one bot: its numeric id (the token's part before ':'), never the secret.</summary>
    internal static string PollingLeadershipName(string botToken) => "telegram-polling:" + botToken.Split(':')[0];

    private async Task PollAsync(TelegramBackoff backoff, CancellationToken stoppingToken)
    {
        var o = options.Value;
        var offset = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            global::Telegram.Bot.Types.Update[] updates;
            try
            {
                updates = await connection.Client.GetUpdates(offset, o.PollBatchSize, (int)o.PollTimeout.TotalSeconds, Wanted,
                    stoppingToken).ConfigureAwait(false);
                backoff.Reset();
                activity.Succeeded(ChannelNames.Telegram, time.GetUtcNow());
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                activity.Failed(ChannelNames.Telegram, time.GetUtcNow(), "getUpdates: " + e.GetType().Name);
                await PauseAsync(backoff, e, "getUpdates", stoppingToken).ConfigureAwait(false);
                continue;
            }

            if (updates.Length > 1 && intake.RecordBatch(updates))
            {
                offset = updates[^1].Id + 1;
                continue;
            }

            foreach (var update in updates)
            {
                if (!intake.Record(update))
                {
                    // Not stored: do not confirm it; the next getUpdates fetches it (and what follows) again.
                    await Task.Delay(backoff.Next(), time, stoppingToken).ConfigureAwait(false);
                    break;
                }

                offset = update.Id + 1;
            }
        }
    }

    private async Task UntilDoneAsync(Func<CancellationToken, Task> call, string what, TelegramBackoff backoff, CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await call(stoppingToken).ConfigureAwait(false);
                backoff.Reset();
                return;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                await PauseAsync(backoff, e, what, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    private async Task PauseAsync(TelegramBackoff backoff, Exception e, string what, CancellationToken stoppingToken)
    {
        var delay = backoff.Next();
        if (e is ApiRequestException { ErrorCode: 409 })
        {
            logger.LogWarning("Telegram {What}: 409 Conflict - another instance is polling with this token, or a webhook is set. "
                + "Stop the other instance (or set Telegram:Mode=Webhook there); retrying in {Delay}", what, delay);
        }
        else if (e is ApiRequestException { ErrorCode: 401 or 404 })
        {
            logger.LogError("Telegram {What}: the token was refused ({Error}); check Telegram:BotToken and Telegram:ApiBaseUrl; retrying in {Delay}",
                what, e.Message, delay);
        }
        else
        {
            logger.LogWarning("Telegram {What} failed ({Error}); retrying in {Delay}", what, e.Message, delay);
        }

        await Task.Delay(delay, time, stoppingToken).ConfigureAwait(false);
    }
}
