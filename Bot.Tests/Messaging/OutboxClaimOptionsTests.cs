using Bot.Core.Configuration;
using Bot.Core.Messaging;

namespace Bot.Tests.Messaging;

public sealed class OutboxClaimOptionsTests
{
    private static IReadOnlyList<string> Problems(OutboxOptions options) =>
        new CoreOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void TheDefaults_AreAShortLease_RenewedThreeTimesALease_AndValid()
    {
        var options = new OutboxOptions();

        Assert.Equal((TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10)), (options.ClaimLease, options.ClaimRenewInterval));
        Assert.Empty(Problems(options));
    }

    [Theory]
    [InlineData("00:00:30", "00:00:10")]
    [InlineData("00:01:00", "00:00:05")]
    public void ARenewalAtMostAThirdOfTheLease_IsAccepted(string lease, string renew) =>
        Assert.Empty(Problems(new OutboxOptions { ClaimLease = TimeSpan.Parse(lease), ClaimRenewInterval = TimeSpan.Parse(renew) }));

    [Theory]
    [InlineData("00:00:30", "00:00:11")]
    [InlineData("00:00:05", "00:00:10")]
    public void ARenewalTooCloseToTheLease_IsOneLine_SayingWhatToChange(string lease, string renew)
    {
        var line = Assert.Single(Problems(new OutboxOptions { ClaimLease = TimeSpan.Parse(lease), ClaimRenewInterval = TimeSpan.Parse(renew) }));

        Assert.StartsWith($"Outbox:ClaimRenewInterval: must be at most a third of Outbox:ClaimLease ({lease}), not {renew}", line, StringComparison.Ordinal);
        Assert.Contains("shorten the interval or lengthen the lease", line, StringComparison.Ordinal);
    }

    [Fact]
    public void ANonPositiveRenewal_IsNamed() =>
        Assert.Contains(Problems(new OutboxOptions { ClaimRenewInterval = TimeSpan.Zero }),
            l => l.StartsWith("Outbox:ClaimRenewInterval: must be a positive duration", StringComparison.Ordinal));
}
