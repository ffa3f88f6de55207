using Bot.Core.Messaging;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Bot.Host.Channels.Console;

public static class ConsoleChannelExtensions
{
    /// <summary>True when the console should run: enabled explicitly, or no platform channel is configured.</summary>
    public static bool ConsoleWanted(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var enabled = configuration.GetValue<bool?>($"{ConsoleOptions.Section}:Enabled");
        return enabled ?? !PlatformConfigured(configuration);
    }

    public static bool PlatformConfigured(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return !string.IsNullOrWhiteSpace(configuration["Telegram:BotToken"])
            || !string.IsNullOrWhiteSpace(configuration["WeCom:CorpId"]);
    }

    /// <summary>Adds the console channel (stdin in, stdout out) when it is wanted.</summary>
    public static IServiceCollection AddConsoleChannel(this IServiceCollection services, IConfiguration configuration)
    {
        if (!ConsoleWanted(configuration))
        {
            return services;
        }

        services.AddOptions<ConsoleOptions>().BindConfiguration(ConsoleOptions.Section).ValidateOnStart();
        services.TryAddSingleton(_ => new ConsoleIo(System.Console.In, System.Console.Out, System.Console.Error,
            paced: !System.Console.IsInputRedirected));
        // Files go beside the data file's place (data/console-files/), whichever backend stores the data.
        services.TryAddSingleton(sp => new ConsoleWriter(sp.GetRequiredService<ConsoleIo>().Out,
            Path.Combine(Path.GetDirectoryName(DataFilePath(sp)) ?? ".", "console-files")));
        services.AddSingleton(new ChannelLimits { Channel = ChannelNames.Console, MaxTextLength = 0, MaxConcurrency = 1 });
        services.AddSingleton<IChannelSender, ConsoleSender>();
        services.AddHostedService<ConsoleInputService>();
        return services;
    }

    // Files go beside the data file; on PostgreSQL, beside where it would be (no LiteDB file is opened for it).
    private static string DataFilePath(IServiceProvider services) => StorageServiceCollectionExtensions.IsPostgres(services)
        ? Path.GetFullPath(services.GetRequiredService<IOptions<StorageOptions>>().Value.LiteDbPath)
        : services.GetRequiredService<BotDatabase>().FilePath;
}
