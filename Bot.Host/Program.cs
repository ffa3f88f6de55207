using Bot.Host.Cli;
using Bot.Host.Hosting;

// Composition root: configuration, the core, the channels, scheduling and endpoints. Wiring lives in AddXxx/MapXxx.
var builder = BotHostBuilder.Create(args);
// A verb, or a mistyped one (refused with the verb list): never the bot reading standard input as chat.
if (CliCommands.IsCliInvocation(args) || CliCommands.Unknown(args) is not null)
{
    return await CliCommands.RunAsync(args, builder);
}

return await BotStartup.RunAsync(builder, args);
