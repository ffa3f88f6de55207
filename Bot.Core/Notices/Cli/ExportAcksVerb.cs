using Bot.Core.Hosting;
using Bot.Core.People;
using Bot.Core.Texts;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Notices;

/// <summary><c>export acks N [--xlsx] [FILE]</c>: a notice's acknowledgement table for the evaluation record.</summary>
internal sealed class ExportAcksVerb : ICliVerb
{
    public string Verb => "export";

    public string Noun => "acks";

    public string Usage => "<notice number> [--xlsx] [file]   acknowledgements of a notice as CSV (default) or XLSX";

    public async Task<int> RunAsync(string[] args, IServiceProvider services, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var xlsx = args.Contains("--xlsx", StringComparer.OrdinalIgnoreCase);
        // --Section:Key=value arguments are configuration for the host, not for the verb.
        var rest = args.Where(a => !a.Equals("--xlsx", StringComparison.OrdinalIgnoreCase)
            && !(a.StartsWith("--", StringComparison.Ordinal) && a.Contains('=', StringComparison.Ordinal))).ToArray();
        if (rest.Length is < 1 or > 2 || !NoticeAccess.TryNumber(rest[0], out var id))
        {
            await output.WriteLineAsync("usage: export acks <notice number> [--xlsx] [file]").ConfigureAwait(false);
            return 1;
        }

        if (services.GetRequiredService<INoticeStore>().Get(id) is null)
        {
            await output.WriteLineAsync($"there is no notice #{id}").ConfigureAwait(false);
            return 1;
        }

        var export = services.GetRequiredService<NoticeAckExport>();
        var path = rest.Length == 2 ? rest[1] : $"notice-{id}-acks.{(xlsx ? "xlsx" : "csv")}";
        var bytes = xlsx ? export.ToXlsx(id, Language.ZhHans) : export.ToCsv(id, Language.ZhHans);
        await File.WriteAllBytesAsync(path, bytes).ConfigureAwait(false);
        await output.WriteLineAsync($"{export.Rows(id).Count} rows written to {Path.GetFullPath(path)}").ConfigureAwait(false);
        return 0;
    }
}
