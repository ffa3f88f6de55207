using Bot.Core.Storage;

namespace Bot.Core.Hosting;

/// <summary>What the three import verbs share: the file (relative to the working directory) and their flags.</summary>
public static class CliImport
{
    public const string CreateCommunities = "--create-communities";

    public static async Task<int> RunAsync(string noun, string[] args, TextWriter output, Func<TextReader, bool, ImportReport> import)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var create = args.Contains(CreateCommunities, StringComparer.OrdinalIgnoreCase);
        var files = CliArgs.Positional(args).Where(a => !a.Equals(CreateCommunities, StringComparison.OrdinalIgnoreCase)).ToList();
        var flags = files.Where(a => a.StartsWith("--", StringComparison.Ordinal)).ToList();
        if (files.Count != 1 || flags.Count > 0)
        {
            await output.WriteLineAsync($"usage: import {noun} <file.csv> [{CreateCommunities}]").ConfigureAwait(false);
            return 1;
        }

        var path = Path.GetFullPath(files[0]);
        if (!File.Exists(path))
        {
            await output.WriteLineAsync($"file not found: {path}").ConfigureAwait(false);
            return 1;
        }

        using var reader = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
        var report = import(reader, create);
        await output.WriteLineAsync($"{path}: {report}").ConfigureAwait(false);
        return report.Errors.Count == 0 ? 0 : 4;
    }
}
