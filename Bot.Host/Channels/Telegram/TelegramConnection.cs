using global::Telegram.Bot;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.Telegram;

/// <summary>
/// The one Telegram.Bot client of the process, over its own <see cref="HttpClient"/> whose base address comes from
/// <c>Telegram:ApiBaseUrl</c>. The library's hidden 429 sleep is off (<c>RetryThreshold = 0</c>): the outbox paces.
/// </summary>
internal sealed class TelegramConnection : IDisposable
{
    private readonly HttpClient _http;

    public TelegramConnection(IOptions<TelegramOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var o = options.Value;
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = o.HttpTimeout,
        };
        var clientOptions = new TelegramBotClientOptions(o.BotToken, o.ApiBaseUrl.TrimEnd('/'))
        {
            RetryThreshold = 0,
            RetryCount = 0,
        };
        Client = new TelegramBotClient(clientOptions, _http);
    }

    public ITelegramBotClient Client { get; }

    public void Dispose() => _http.Dispose();
}
