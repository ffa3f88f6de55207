using Bot.Core;
using Bot.Core.Messaging;
using Bot.Tests.Support;
using Bot.Tests.Support.FakeTelegram;

namespace Bot.Tests.Telegram;

/// <summary>The real host with the real Telegram.Bot client, pointed at a loopback fake Bot API server.</summary>
internal sealed class TelegramBotRun : IAsyncDisposable
{
    private readonly bool _ownsFake;

    private TelegramBotRun(FakeTelegramServer fake, BotTestHost host, bool ownsFake)
    {
        Fake = fake;
        Host = host;
        _ownsFake = ownsFake;
    }

    public FakeTelegramServer Fake { get; }

    public BotTestHost Host { get; }

    public LiteDbInbox Inbox => Host.Get<LiteDbInbox>();

    public LiteDbOutbox Outbox => Host.Get<LiteDbOutbox>();

    /// <summary>Starts a host (and a fake unless one is given). Settings are fast for tests; limits relaxed unless given.</summary>
    public static async Task<TelegramBotRun> StartAsync(FakeTelegramServer? fake = null, IDictionary<string, string?>? settings = null,
        string? dataFile = null, Action<IServiceCollection>? configure = null)
    {
        var owns = fake is null;
        fake ??= await FakeTelegramServer.StartAsync(FakeTelegramLimits.Relaxed);
        var all = Settings(fake);
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        var host = await BotTestHost.StartAsync(all, dataFile, services =>
        {
            services.AddCommand<ProbeHandler>();
            configure?.Invoke(services);
        });
        return new TelegramBotRun(fake, host, owns);
    }

    public static Dictionary<string, string?> Settings(FakeTelegramServer fake) => new()
    {
        ["Telegram:BotToken"] = fake.Token,
        ["Telegram:ApiBaseUrl"] = fake.BaseUrl.ToString(),
        ["Telegram:PollTimeout"] = "00:00:05",
        ["Telegram:SendTimeout"] = "00:00:05",
        ["Telegram:ErrorBackoff"] = "00:00:00.100",
        ["Telegram:MaxErrorBackoff"] = "00:00:01",
        ["Telegram:MessagesPerSecond"] = "1000",
        ["Telegram:PrivateChatPerSecond"] = "1000",
        ["Telegram:GroupChatPerMinute"] = "1000",
        ["Outbox:FirstRetryDelay"] = "00:00:00.050",
        ["Outbox:MaxRetryDelay"] = "00:00:00.500",
    };

    /// <summary>Waits until <paramref name="count"/> messages went to the chat; returns them in order.</summary>
    public async Task<IReadOnlyList<FakeSentMessage>> SentToAsync(long chatId, int count = 1, string? what = null)
    {
        await BotTestHost.WaitUntilAsync(() => Fake.SentTo(chatId).Count >= count, what: what ?? $"{count} message(s) to {chatId}");
        return Fake.SentTo(chatId);
    }

    /// <summary>Waits until the bot has confirmed every queued update and nothing is left to handle or send.</summary>
    public Task QuietAsync(int lastUpdateId) => BotTestHost.WaitUntilAsync(
        () => Fake.ConfirmedOffset > lastUpdateId && Inbox.Pending(1).Count == 0 && Outbox.PendingCount() == 0,
        what: $"update {lastUpdateId} confirmed, inbox handled and outbox drained");

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        if (_ownsFake)
        {
            await Fake.DisposeAsync();
        }
    }
}
