using Bot.Core;
using Bot.Core.Demo;
using Bot.Core.Hosting;
using Bot.Core.Configuration;
using Bot.Core.Storage;
using Bot.Core.Storage.Postgres;
using Bot.Host.Channels.Console;
using Bot.Host.Channels.WeCom;
using Bot.Host.Channels.Telegram;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Bot.Host.Hosting;

/// <summary>Builds and runs the web host: configuration from the root appsettings.json, logs on standard error.</summary>
public static class BotHostBuilder
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>
    /// The builder with the bot's configuration sources (the appsettings.json beside the binary, user-secrets, environment,
    /// <c>--Key=Value</c> arguments) and logging. <paramref name="settings"/> (tests, benchmarks) go over all of them.
    /// </summary>
    public static WebApplicationBuilder Create(string[] args, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        // The settings file is the appsettings.json beside the binary: `dotnet run` copies the repository's there, and a
        // published build carries it in its folder. Relative paths (the data file, CLI files) are relative to the
        // working directory, as on any command line.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true, reloadOnChange: false);
        builder.Configuration.AddUserSecrets(typeof(BotHostBuilder).Assembly, optional: true);
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddCommandLine(args.Where(a => a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal)).ToArray());
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.WebHost.UseUrls(builder.Configuration["Urls"] ?? DefaultUrls);
        builder.Logging.ClearProviders();
        // Standard output belongs to the console channel; all logs go to standard error.
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
        return builder;
    }

    /// <summary>Registers everything the bot runs.</summary>
    public static IServiceCollection AddBot(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddBotCore();
        services.AddBotDemo(configuration);
        services.AddBotScheduling();
        services.AddClustering(configuration);
        // Each feature through its one door (Bot.Core/<Feature>/<Feature>Module.cs): commands, stores, options, Quartz
        // jobs and CLI verbs together.
        services.AddBotFeatures();
        services.AddConsoleChannel(configuration);
        services.AddWeComChannel(configuration);
        services.AddTelegramChannel(configuration);
        return services;
    }

    public static IServiceCollection AddBotDemo(this IServiceCollection services, IConfiguration configuration)
    {
        // The demo is a LiteDB-only convenience (it marks, seeds and resets one data file): off by default on
        // PostgreSQL, and refused there when asked for.
        var postgres = OnPostgres(configuration);
        services.AddValidatedOptions<DemoOptions>(DemoOptions.Section)
            .PostConfigure(o => o.Seed ??= !postgres && !ConsoleChannelExtensions.PlatformConfigured(configuration)
                && ConsoleChannelExtensions.ConsoleWanted(configuration))
            .Validate(o => o.Seed != true || !postgres, DemoOnPostgres);
        services.AddSingleton<IDemoSeeder, PeopleDemoSeeder>();
        // Registered before the inbox processor starts handling messages.
        services.Insert(0, ServiceDescriptor.Singleton<IHostedService, DemoSeedService>());
        return services;
    }

    /// <summary>The one line refusing <c>Demo:Seed=true</c> with <c>Storage:Provider=Postgres</c>.</summary>
    public const string DemoOnPostgres =
        "Demo:Seed: the demo runs on LiteDB only (it seeds and resets one data file), not with Storage:Provider=Postgres; set Demo:Seed=false or leave it out.";

    /// <summary>Whether the settings choose PostgreSQL storage.</summary>
    internal static bool OnPostgres(IConfiguration configuration) =>
        StorageProviders.Normalize(configuration[$"{StorageOptions.Section}:Provider"]) == StorageProviders.Postgres;

    /// <summary>
    /// The one start sequence, shared by the process (<see cref="BotStartup"/>), the tests' and the benchmarks' in-process
    /// hosts: registers the bot (<see cref="AddBot"/>), then <paramref name="configure"/> (a test's probe command or fake
    /// clock), builds, validates every options section at once, brings a PostgreSQL database up to the code's schema
    /// (<see cref="MigrateStorage"/>) and maps the endpoints. Returns the app ready to start; options problems throw (see
    /// <see cref="ConfigurationFailures"/>), and so does a database that cannot be migrated (see <see cref="StorageFailure"/>).
    /// </summary>
    public static WebApplication Build(WebApplicationBuilder builder, Action<IServiceCollection>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddBot(builder.Configuration);
        configure?.Invoke(builder.Services);
        var app = builder.Build();
        ValidateConfiguration(app.Services);
        MigrateStorage(app.Services);
        app.MapBotEndpoints();
        return app;
    }

    /// <summary>
    /// With <c>Storage:Provider=Postgres</c>: applies the missing migrations (<see cref="PostgresDatabase.Migrate"/>)
    /// before anything else touches the database; nothing with LiteDB. A database newer than the code throws
    /// <see cref="SchemaTooNewException"/> and is left unchanged.
    /// </summary>
    public static void MigrateStorage(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (StorageServiceCollectionExtensions.IsPostgres(services))
        {
            services.GetRequiredService<PostgresDatabase>().Migrate();
        }
    }

    /// <summary>The one line to print when <paramref name="e"/> is the storage refusing the start, else null.</summary>
    public static string? StorageFailure(Exception e) => e switch
    {
        SchemaTooNewException tooNew => tooNew.Message,
        NpgsqlException db => $"Storage:ConnectionString: PostgreSQL refused or could not be reached ({db.Message}); check Host, Port, Database, Username and Password.",
        _ => null,
    };

    /// <summary>
    /// Builds (<see cref="Build"/>) and runs the host; configuration problems print one line each and exit with code 2.
    /// </summary>
    public static async Task<int> RunAsync(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        try
        {
            var app = Build(builder);
            await app.RunAsync().ConfigureAwait(false);
            return 0;
        }
        catch (Exception e) when (ConfigurationFailures(e) is { Count: > 0 } failures)
        {
            await Console.Error.WriteLineAsync("The bot cannot start: its configuration needs fixing (appsettings.json, environment variables Section__Key, or user-secrets):").ConfigureAwait(false);
            foreach (var failure in failures)
            {
                await Console.Error.WriteLineAsync("  - " + failure).ConfigureAwait(false);
            }

            return 2;
        }
        catch (Exception e) when (StorageFailure(e) is { } line)
        {
            await Console.Error.WriteLineAsync("The bot cannot start: " + line).ConfigureAwait(false);
            return 2;
        }
        catch (IOException e) when (e.Message.Contains("address already in use", StringComparison.OrdinalIgnoreCase))
        {
            await Console.Error.WriteLineAsync($"The bot cannot start: {e.Message}. Set Urls (for example Urls=http://127.0.0.1:5081) to use another port.").ConfigureAwait(false);
            return 2;
        }
    }

    /// <summary>
    /// Validates every options section registered with ValidateOnStart, all at once, before any service is built:
    /// otherwise a hosted service's constructor would meet the first bad section and the host would log a stack trace.
    /// </summary>
    public static void ValidateConfiguration(IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.GetService<IStartupValidator>()?.Validate();
    }

    /// <summary>Every options-validation failure inside <paramref name="e"/> (one or several sections).</summary>
    public static IReadOnlyList<string> ConfigurationFailures(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e switch
        {
            OptionsValidationException o => o.Failures.Distinct().ToList(),
            AggregateException a => a.InnerExceptions.SelectMany(ConfigurationFailures).Distinct().ToList(),
            InvalidOperationException i when i.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal) =>
                [i.Message + " Check the value's format (numbers, true/false, durations as hh:mm:ss)."],
            _ => [],
        };
    }
}
