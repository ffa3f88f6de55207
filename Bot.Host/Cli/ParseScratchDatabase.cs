using Bot.Core.Storage;

namespace Bot.Host.Cli;

/// <summary>
/// The data file of <c>parse "TEXT"</c>: an empty LiteDB file of its own in the temp folder, deleted afterwards, never
/// the configured one. Recognising a line reads no data, but the recogniser stands on the command router, whose
/// handlers take the feature stores, which take <see cref="BotDatabase"/>, which opens its file when it is built. Building
/// only the recogniser would mean wiring every handler by hand beside the container (and drifting from it); an in-memory
/// LiteDB does not fit <see cref="BotDatabase"/>, which takes a path. So parse gets the same services as the bot over a
/// scratch file: it may run while a bot holds the real data file, and cannot open, lock or write that file.
/// </summary>
internal sealed class ParseScratchDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "duty-bot-parse-" + Guid.NewGuid().ToString("N"));

    /// <summary>Registers the scratch <see cref="BotDatabase"/> before the core's own registration (which then does not apply).</summary>
    public ParseScratchDatabase(IServiceCollection services) =>
        services.AddSingleton(_ => new BotDatabase(Path.Combine(_folder, "parse.db")));

    /// <summary>Deletes the scratch folder; call after the services (and so the scratch file) are disposed.</summary>
    public void Dispose()
    {
        try
        {
            if (Directory.Exists(_folder))
            {
                Directory.Delete(_folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A leftover empty file in the temp folder harms nothing.
        }
    }
}
