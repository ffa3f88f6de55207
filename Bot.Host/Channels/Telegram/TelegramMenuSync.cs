using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;
using Microsoft.Extensions.Options;
using Bot.Core.Texts;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// Gives each person the command menu of their role, in their language. The default menu (set at start) is a
/// resident's in Simplified Chinese; a cadre, secretary or admin, or anyone who chose another language, gets a menu
/// of their own for their private chat (setMyCommands with a chat scope) shortly after they write to the bot, and again
/// when their role, their language or the menu itself changes (checked at their next message, and whenever the person
/// is saved, as an import or a secretary's edit does); back to the default (deleteMyCommands) when they no
/// longer differ. What each chat was given is stored, so a restart calls nothing again. Calls are paced; one that fails
/// is tried again at the person's next message (after retry_after on a 429). The menu is a convenience: commands work
/// without it, so nothing here ever holds up a message.
/// </summary>
internal sealed class TelegramMenuSync(
    TelegramConnection connection,
    IPeopleStore people,
    IUnitOfWork db,
    ITelegramMenuStore menus,
    CommandRouter router,
    IOptions<TelegramOptions> options,
    TimeProvider time,
    ILogger<TelegramMenuSync> logger) : BackgroundService
{
    /// <summary>Time for the message that queued a chat to be handled first: it may be the one changing the role or language.</summary>
    internal static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    /// <summary>Pause after each menu call, so thousands of people writing on the first day do not become a burst of calls.</summary>
    internal static readonly TimeSpan Pace = TimeSpan.FromMilliseconds(100);

    private readonly Channel<(string ChatId, DateTimeOffset At)> _queue =
        Channel.CreateUnbounded<(string, DateTimeOffset)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly ConcurrentDictionary<string, byte> _queued = new(StringComparer.Ordinal);
    private readonly Dictionary<(Role, Language), (string Key, IReadOnlyList<BotCommand> Commands)> _built = [];
    private Dictionary<string, string>? _given;
    private IDisposable? _saved;

    /// <summary>The key of the default menu: a resident's, in Simplified Chinese.</summary>
    private string DefaultKey => Menu(Role.Resident, Language.ZhHans).Key;

    /// <summary>A Telegram user wrote to the bot in private: their menu is checked shortly (once, however many messages).</summary>
    public void Noticed(string userId)
    {
        if (options.Value.SetCommands && _queued.TryAdd(userId, 0))
        {
            _queue.Writer.TryWrite((userId, time.GetUtcNow()));
        }
    }

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _saved = db.OnCommitted<PersonSaved>(saved => OnSaved(saved.Person));
        return base.StartAsync(cancellationToken);
    }

    public override Task StopAsync(CancellationToken cancellationToken)
    {
        _saved?.Dispose();
        return base.StopAsync(cancellationToken);
    }

    /// <summary>
    /// A role or language may have changed without a message from the person (an import, a secretary's edit): someone
    /// who has written to the bot on Telegram gets their menu checked now rather than at their next message.
    /// </summary>
    private void OnSaved(Person person)
    {
        if (person.IdentityOn(ChannelNames.Telegram) is { } userId)
        {
            Noticed(userId);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SetCommands)
        {
            return;
        }

        await Task.Yield();
        try
        {
            await foreach (var (chatId, at) in _queue.Reader.ReadAllAsync(stoppingToken).ConfigureAwait(false))
            {
                var wait = at + Settle - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }

                _queued.TryRemove(chatId, out _);
                await UpdateOneAsync(chatId, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task UpdateOneAsync(string chatId, CancellationToken stoppingToken)
    {
        try
        {
            if (await UpdateAsync(chatId, stoppingToken).ConfigureAwait(false))
            {
                await Task.Delay(Pace, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (ApiRequestException e) when (e.Parameters?.RetryAfter is int seconds && !stoppingToken.IsCancellationRequested)
        {
            logger.LogInformation("Telegram menu calls throttled; waiting {Seconds} s", seconds);
            await Task.Delay(TimeSpan.FromSeconds(seconds), time, stoppingToken).ConfigureAwait(false);
            Noticed(chatId);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Telegram command menu of a private chat not updated ({Error}); tried again at its next message", e.Message);
        }
    }

    /// <summary>Brings one chat's menu up to date; true when it called Telegram.</summary>
    private async Task<bool> UpdateAsync(string chatId, CancellationToken cancellationToken)
    {
        if (!long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            || people.FindByIdentity(ChannelNames.Telegram, chatId) is not { } person)
        {
            return false;
        }

        _given ??= new Dictionary<string, string>(menus.All(), StringComparer.Ordinal);
        var given = _given.GetValueOrDefault(chatId);
        var (key, commands) = Menu(person.Role, person.Language);
        if (key == DefaultKey)
        {
            if (given is null)
            {
                return false;
            }

            await connection.Client.DeleteMyCommands(BotCommandScope.Chat(id), cancellationToken: cancellationToken).ConfigureAwait(false);
            menus.Removed(chatId);
            _given.Remove(chatId);
            return true;
        }

        if (given == key)
        {
            return false;
        }

        await connection.Client.SetMyCommands(commands, BotCommandScope.Chat(id), cancellationToken: cancellationToken).ConfigureAwait(false);
        menus.Given(chatId, key, time.GetUtcNow().UtcDateTime);
        _given[chatId] = key;
        return true;
    }

    private (string Key, IReadOnlyList<BotCommand> Commands) Menu(Role role, Language language)
    {
        if (!_built.TryGetValue((role, language), out var menu))
        {
            var commands = TelegramCommandMenu.For(router, language, role);
            menu = ($"{role}|{language}|{TelegramCommandMenu.Fingerprint(commands)}", commands);
            _built[(role, language)] = menu;
        }

        return menu;
    }
}
