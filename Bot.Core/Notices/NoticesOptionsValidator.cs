using Bot.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Core.Notices;

/// <summary>
/// Validates <c>Notices</c> at start. Cron syntax is checked by the host, which owns Quartz
/// (<c>NoticeCronValidator</c>); here everything else.
/// </summary>
internal sealed class NoticesOptionsValidator : IValidateOptions<NoticesOptions>
{
    public ValidateOptionsResult Validate(string? name, NoticesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = new OptionsProblems();
        p.Require(options.DefaultAudience != NoticeAudience.None, "Notices:DefaultAudience",
            "is empty; use a combination of Groups, PartyMembers, Cadres (for example \"Groups, PartyMembers\").");
        p.Positive(options.ReRemindAfter, "Notices:ReRemindAfter");
        p.Positive(options.ManualRemindInterval, "Notices:ManualRemindInterval");
        p.Positive(options.SweepInterval, "Notices:SweepInterval");
        p.Positive(options.PreviewValidity, "Notices:PreviewValidity");
        p.Require(options.MaxInlineLength >= 200, "Notices:MaxInlineLength", $"must be at least 200 characters, not {options.MaxInlineLength}.");
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Schedules.Count; i++)
        {
            var s = options.Schedules[i];
            var key = $"Notices:Schedules:{i}";
            p.Require(names.Add(s.NameAt(i)), $"{key}:Name", $"'{s.NameAt(i)}' is used twice; give each schedule its own name.");
            p.Require(!string.IsNullOrWhiteSpace(s.Cron), $"{key}:Cron", "is empty; put a Quartz cron expression such as \"0 0 20 ? * FRI\".");
            p.Require(!string.IsNullOrWhiteSpace(s.Community), $"{key}:Community", "is empty; put a community name, or * for every community.");
            p.Require(!string.IsNullOrWhiteSpace(s.Title), $"{key}:Title", "is empty; put the notice title (\"{date}\" becomes the date).");
            var hasText = !string.IsNullOrWhiteSpace(s.Content);
            var hasFile = !string.IsNullOrWhiteSpace(s.ContentFile);
            p.Require(hasText ^ hasFile, $"{key}:Content", "set exactly one of Content (the text) or ContentFile (a UTF-8 text file).");
            p.Require(!hasFile || File.Exists(s.ContentFile), $"{key}:ContentFile", $"file '{s.ContentFile}' does not exist.");
        }

        return p.Result();
    }
}
