using Bot.Core.Demo;
using Bot.Host.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Demo;

/// <summary>The demo is a LiteDB-only convenience: off by default on PostgreSQL, refused there with one line when asked for.</summary>
public sealed class DemoOnPostgresTests
{
    private static DemoOptions Demo(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddBotDemo(configuration);
        using var provider = services.BuildServiceProvider();
        return provider.GetRequiredService<IOptions<DemoOptions>>().Value;
    }

    [Fact]
    public void WithoutAPlatform_TheDemoIsOn_OnLiteDb_AndOff_OnPostgres()
    {
        Assert.True(Demo().Seed);
        Assert.False(Demo(("Storage:Provider", "postgres")).Seed);
    }

    [Fact]
    public void AskingForTheDemo_OnPostgres_IsOneLine()
    {
        var ex = Assert.Throws<OptionsValidationException>(() => Demo(("Storage:Provider", "Postgres"), ("Demo:Seed", "true")));

        Assert.Equal([BotHostBuilder.DemoOnPostgres], ex.Failures);
        Assert.StartsWith("Demo:Seed: the demo runs on LiteDB only", BotHostBuilder.DemoOnPostgres, StringComparison.Ordinal);
        Assert.True(Demo(("Demo:Seed", "true")).Seed);
    }
}
