using Bot.Core.Purchases;

namespace Bot.Tests.Purchases;

public sealed class PurchasesOptionsTests
{
    [Fact]
    public void Defaults_AreValid() =>
        Assert.True(new PurchasesOptionsValidator().Validate(null, new PurchasesOptions()).Succeeded);

    [Fact]
    public void BadValues_AreEachNamedWithWhatToPut()
    {
        var result = new PurchasesOptionsValidator().Validate(null, new PurchasesOptions
        {
            GroupReminderAfter = TimeSpan.Zero,
            SecretaryReminderAfter = TimeSpan.FromMinutes(-1),
            AutoCloseAfter = TimeSpan.Zero,
            SweepInterval = TimeSpan.Zero,
            MaxOpenPerHousehold = -1,
            PeriodDays = 400,
        });

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Equal(6, failures.Count);
        foreach (var key in new[] { "GroupReminderAfter", "SecretaryReminderAfter", "AutoCloseAfter", "SweepInterval", "MaxOpenPerHousehold", "PeriodDays" })
        {
            Assert.Contains(failures, f => f.StartsWith($"Purchases:{key}: ", StringComparison.Ordinal));
        }
    }
}
