using Bot.Host.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Support;

/// <summary>
/// The real web host (Kestrel on 127.0.0.1, random port) built by the host's own start sequence
/// (<see cref="BotHostBuilder.Build"/>), with settings given as
/// configuration keys. Start a second one over the same <see cref="DataFile"/> to test restarts.
/// </summary>
public sealed class BotTestHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotTestHost(WebApplication app, string dataFile)
    {
        _app = app;
        DataFile = dataFile;
    }

    public IServiceProvider Services => _app.Services;

    public string DataFile { get; }

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    /// <summary>
    /// Starts the host. Defaults: a fresh data file in a temp folder (or <paramref name="dataFile"/>), console channel
    /// and demo off, a random port. <paramref name="configure"/> runs after <c>AddBot</c> (to swap a TimeProvider, say).
    /// </summary>
    public static async Task<BotTestHost> StartAsync(IDictionary<string, string?>? settings = null, string? dataFile = null,
        Action<IServiceCollection>? configure = null)
    {
        dataFile ??= Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"), "bot.db");
        var all = new Dictionary<string, string?>
        {
            ["Storage:LiteDbPath"] = dataFile,
            ["Urls"] = "http://127.0.0.1:0",
            ["Console:Enabled"] = "false",
            ["Demo:Seed"] = "false",
        };
        foreach (var (k, v) in settings ?? new Dictionary<string, string?>())
        {
            all[k] = v;
        }

        var app = BotHostBuilder.Build(BotHostBuilder.Create([], all), configure);
        var host = new BotTestHost(app, dataFile);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        host.BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return host;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds (or fails after <paramref name="timeout"/>, default 30 s).</summary>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null, string? what = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (!condition())
        {
            if (cts.IsCancellationRequested)
            {
                throw new TimeoutException($"condition not reached: {what ?? "(unnamed)"}");
            }

            await Task.Delay(20, CancellationToken.None).ConfigureAwait(false);
        }
    }

    public async Task StopAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _app.StopAsync().ConfigureAwait(false);
        }
        catch (ObjectDisposedException)
        {
        }

        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
