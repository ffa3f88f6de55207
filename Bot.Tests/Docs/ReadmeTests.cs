using Bot.Tests.Demo;

namespace Bot.Tests.Docs;

/// <summary>README.md stays a page people read: short, with the two commands, pointing at docs/ for the rest.</summary>
public sealed class ReadmeTests
{
    private static readonly string Root = QuickStartTests.RepoRoot();

    private static string Readme => File.ReadAllText(Path.Combine(Root, "README.md"));

    [Fact]
    public void Readme_IsAtMost20KB()
    {
        var bytes = new FileInfo(Path.Combine(Root, "README.md")).Length;

        Assert.True(bytes <= 20_480, $"README.md is {bytes:N0} bytes; keep it at most 20,480 and move detail to docs/");
    }

    [Fact]
    public void Readme_KeepsTheTwoCommandsVerbatim()
    {
        Assert.Contains("dotnet run --project Bot.Host     # runs the bot", Readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test bot.sln               # runs the tests", Readme, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("features.md")]
    [InlineData("channels.md")]
    [InlineData("configuration.md")]
    [InlineData("benchmarks.md")]
    [InlineData("testing.md")]
    [InlineData("architecture.md")]
    public void EachDocsPage_ExistsAndIsLinked(string page)
    {
        Assert.True(File.Exists(Path.Combine(Root, "docs", page)), $"docs/{page} is missing");
        Assert.Contains($"](docs/{page}", Readme, StringComparison.Ordinal);
    }

    [Fact]
    public void DeployFiles_AreThere_AndNamedInTheReadme()
    {
        foreach (var file in new[] { "deploy/duty-bot.service", "deploy/Dockerfile" })
        {
            Assert.True(File.Exists(Path.Combine(Root, file)), file + " is missing");
            Assert.Contains(file, Readme, StringComparison.Ordinal);
        }
    }
}
