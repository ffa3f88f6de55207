using Bot.Host.Cli;
using Bot.Host.Hosting;

// Composition root: configuration, the core, the channels, scheduling and endpoints. Wiring lives in AddXxx/MapXxx.
var builder = BotHostBuilder.Create(args);
if (CliCommands.Unknown(args) is { } unknown)
{
    await Console.Error.WriteLineAsync(unknown);
    return 2;
}

if (CliCommands.IsCliInvocation(args))
{
    return await CliCommands.RunAsync(args, builder);
}

return await BotStartup.RunAsync(builder, args);
