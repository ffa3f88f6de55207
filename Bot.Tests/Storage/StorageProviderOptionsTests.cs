using Bot.Core.Configuration;
using Bot.Core.Storage;
using Bot.Tests.Support;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Storage;

public sealed class StorageProviderOptionsTests
{
    private static IReadOnlyList<string> Problems(StorageOptions options) =>
        new CoreOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Theory]
    [InlineData("LiteDb")]
    [InlineData("litedb")]
    [InlineData(" LITEDB ")]
    public void LiteDb_InAnyCase_IsAccepted_WithoutAConnectionString(string provider)
    {
        Assert.Empty(Problems(new StorageOptions { Provider = provider }));
        Assert.False(StorageProviders.IsPostgres(new StorageOptions { Provider = provider }));
    }

    [Fact]
    public void TheDefault_IsLiteDb()
    {
        Assert.Equal("LiteDb", new StorageOptions().Provider);
        Assert.Null(new StorageOptions().ConnectionString);
    }

    [Fact]
    public void AnUnknownProvider_IsOneLine_NamingTheAllowedValues()
    {
        var line = Assert.Single(Problems(new StorageOptions { Provider = "MySql" }));

        Assert.StartsWith("Storage:Provider: 'MySql' is not a storage provider", line, StringComparison.Ordinal);
        Assert.Contains("LiteDb or Postgres", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Postgres")]
    [InlineData("postgres")]
    public void Postgres_WithoutAConnectionString_IsNamed(string provider)
    {
        var problems = Problems(new StorageOptions { Provider = provider });

        Assert.Contains(problems, l => l.StartsWith("Storage:ConnectionString: is empty but Storage:Provider is Postgres", StringComparison.Ordinal));
    }

    [Fact]
    public void Postgres_WithAConnectionStringThatDoesNotParse_IsNamed()
    {
        var problems = Problems(new StorageOptions { Provider = "Postgres", ConnectionString = "Hostt=db;Database=x" });

        Assert.Contains(problems, l => l.StartsWith("Storage:ConnectionString: is not an Npgsql connection string", StringComparison.Ordinal));
    }

    [Fact]
    public void Postgres_WithAConnectionString_IsAccepted()
    {
        Assert.Empty(Problems(new StorageOptions { Provider = "Postgres", ConnectionString = "Host=db;Database=dutybot;Username=bot;Password=x" }));
    }

    [Fact]
    public void AppSettings_NameTheProvider_AsLiteDb()
    {
        var json = File.ReadAllText(Path.Combine(Bot.Tests.Demo.QuickStartTests.RepoRoot(), "appsettings.json"));
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var storage = doc.RootElement.GetProperty("Storage");

        Assert.Equal("LiteDb", storage.GetProperty("Provider").GetString());
        Assert.Equal("", storage.GetProperty("ConnectionString").GetString());
    }
}
