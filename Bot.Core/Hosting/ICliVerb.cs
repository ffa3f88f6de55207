namespace Bot.Core.Hosting;

/// <summary>A command-line verb such as <c>import people FILE</c>.</summary>
public interface ICliVerb
{
    string Verb { get; }

    string Noun { get; }

    /// <summary>Arguments after the noun, for the help text.</summary>
    string Usage { get; }

    Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output);
}
