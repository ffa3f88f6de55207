using Microsoft.Extensions.Options;

namespace Bot.Core.Configuration;

/// <summary>Collects configuration problems as lines a deployer can act on: the key, what is wrong, what to put.</summary>
public sealed class OptionsProblems
{
    private readonly List<string> _lines = [];

    public void Add(string key, string problem) => _lines.Add($"{key}: {problem}");

    public void Require(bool ok, string key, string problem)
    {
        if (!ok)
        {
            Add(key, problem);
        }
    }

    public void Positive(TimeSpan value, string key) =>
        Require(value > TimeSpan.Zero, key, $"must be a positive duration such as 00:05:00 (hh:mm:ss), not '{value}'.");

    public ValidateOptionsResult Result() => _lines.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(_lines);
}
