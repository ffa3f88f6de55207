using Bot.Host.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Bench;

/// <summary>
/// The real host built in this process by the host's own start sequence (<see cref="BotHostBuilder.Build"/>, Kestrel
/// on a random loopback port), for
/// scenarios that enqueue or schedule from inside: broadcast and reminders.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchHost(WebApplication app) => _app = app;

    public T Get<T>() where T : notnull => _app.Services.GetRequiredService<T>();

    public static async Task<BenchHost> StartAsync(IDictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var all = new Dictionary<string, string?>(BotOverrides.Apply(settings))
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["Console:Enabled"] = "false",
            ["Demo:Seed"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        var app = BotHostBuilder.Build(BotHostBuilder.Create([], all), configure);
        await app.StartAsync().ConfigureAwait(false);
        return new BenchHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
