using Bot.Core.Configuration;
using Microsoft.Extensions.Options;
using Quartz;

namespace Bot.Core.Notices;

/// <summary>Checks the cron expressions of <c>Notices:Schedules</c> with Quartz's own parser.</summary>
internal sealed class NoticeCronValidator : IValidateOptions<NoticesOptions>
{
    public ValidateOptionsResult Validate(string? name, NoticesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = new OptionsProblems();
        for (var i = 0; i < options.Schedules.Count; i++)
        {
            var cron = options.Schedules[i].Cron;
            p.Require(string.IsNullOrWhiteSpace(cron) || CronExpression.TryParse(cron, out _), $"Notices:Schedules:{i}:Cron",
                $"'{cron}' is not a Quartz cron expression; use six or seven fields such as \"0 0 20 ? * FRI\" (seconds minutes hours day month weekday).");
        }

        return p.Result();
    }
}
