using Bot.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Bot.Core.Purchases;

/// <summary>Checks the <c>Purchases</c> section at start, listing every problem at once.</summary>
internal sealed class PurchasesOptionsValidator : IValidateOptions<PurchasesOptions>
{
    public ValidateOptionsResult Validate(string? name, PurchasesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var p = new OptionsProblems();
        p.Positive(options.GroupReminderAfter, "Purchases:GroupReminderAfter");
        p.Positive(options.SecretaryReminderAfter, "Purchases:SecretaryReminderAfter");
        p.Positive(options.AutoCloseAfter, "Purchases:AutoCloseAfter");
        p.Positive(options.SweepInterval, "Purchases:SweepInterval");
        p.Positive(options.PhotoWindow, "Purchases:PhotoWindow");
        p.Require(options.MaxOpenPerHousehold >= 0, "Purchases:MaxOpenPerHousehold",
            $"must be 0 (no limit) or a positive number of requests per household, not {options.MaxOpenPerHousehold}.");
        p.Require(options.PeriodDays is >= 0 and <= 365, "Purchases:PeriodDays",
            $"must be a number of days from 0 (count only open requests) to 365, not {options.PeriodDays}.");
        return p.Result();
    }
}
