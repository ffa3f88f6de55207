using Bot.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Core.Shifts;

/// <summary>Checks the Shifts section at start and names every key that needs fixing.</summary>
internal sealed class ShiftsOptionsValidator : IValidateOptions<ShiftsOptions>
{
    public ValidateOptionsResult Validate(string? name, ShiftsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = new OptionsProblems();
        p.Positive(options.SignInOpensBefore, "Shifts:SignInOpensBefore");
        p.Require(options.LateAfter >= TimeSpan.Zero, "Shifts:LateAfter", $"must be zero or a positive duration such as 00:05:00, not '{options.LateAfter}'.");
        p.Positive(options.RemindBefore, "Shifts:RemindBefore");
        p.Require(options.MaxEarlyRelease >= TimeSpan.Zero, "Shifts:MaxEarlyRelease",
            $"must be zero (never early) or a positive duration such as 00:02:00, not '{options.MaxEarlyRelease}'.");
        p.Require(options.MaxEarlyRelease < options.RemindBefore || options.RemindBefore <= TimeSpan.Zero, "Shifts:MaxEarlyRelease",
            $"must be less than Shifts:RemindBefore ({options.RemindBefore}): it is how much earlier than that a crowded minute's reminders may go; for example 00:02:00.");
        p.Positive(options.NoSignInAfter, "Shifts:NoSignInAfter");
        p.Positive(options.EscalateAfter, "Shifts:EscalateAfter");
        p.Require(options.EscalateAfter > options.NoSignInAfter, "Shifts:EscalateAfter",
            $"must be later than Shifts:NoSignInAfter ({options.NoSignInAfter}) so the cadre is reminded before the secretary is alerted; for example 00:20:00.");
        p.Positive(options.HandoverBefore, "Shifts:HandoverBefore");
        p.Positive(options.HandoverMissingAfter, "Shifts:HandoverMissingAfter");
        p.Positive(options.CatchUpWindow, "Shifts:CatchUpWindow");
        p.Positive(options.LocationWindow, "Shifts:LocationWindow");
        p.Require(options.DefaultRadiusMeters is > 0 and <= 100_000, "Shifts:DefaultRadiusMeters",
            $"must be a number of metres between 1 and 100000, such as 200, not {options.DefaultRadiusMeters}.");
        p.Require(options.SummaryTime >= TimeSpan.Zero && options.SummaryTime < TimeSpan.FromDays(1), "Shifts:SummaryTime",
            $"must be a time of day between 00:00:00 and 23:59:59, such as 20:00:00, not '{options.SummaryTime}'.");
        return p.Result();
    }
}
