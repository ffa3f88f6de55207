using Bot.Host.Cli;
using Bot.Host.Hosting;

// Composition root: configuration, the core, the channels, scheduling and endpoints. Wiring lives in AddXxx/MapXxx.
var builder = BotHostBuilder.Create(args);
if (CliCommands.IsCliInvocation(args))
{
    return await CliCommands.RunAsync(args, builder);
}

builder.Services.AddBot(builder.Configuration);
return await BotHostBuilder.RunAsync(builder);
