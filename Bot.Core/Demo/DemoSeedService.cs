using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Demo;

/// <summary>
/// Runs the demo seeders at start, before messages are handled, when the demo is on. The demo is LiteDB-only (its
/// options refuse it with <c>Storage:Provider=Postgres</c>): the data file is opened only when the demo is on.
/// </summary>
public sealed class DemoSeedService(IOptions<DemoOptions> options, IEnumerable<IDemoSeeder> seeders, IServiceProvider services,
    TimeProvider time, ILogger<DemoSeedService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value;
        if (demo.Seed != true)
        {
            return Task.CompletedTask;
        }

        var db = services.GetRequiredService<BotDatabase>();
        db.InTransaction(() =>
        {
            // Only a LiteDB data file can be marked (and later deleted by --reset-demo); a database is never reset.
            if (db is BotDatabase file)
            {
                DemoFileMark.MarkIfEmpty(file, time.GetUtcNow().UtcDateTime);
            }

            foreach (var s in seeders)
            {
                s.Seed(demo);
            }
        });
        logger.LogInformation("Demo community {Community} is ready", demo.Community);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
