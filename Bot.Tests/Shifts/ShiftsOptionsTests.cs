using Bot.Core.Shifts;
using Bot.Host.Hosting;
using Bot.Tests.Support;

namespace Bot.Tests.Shifts;

public sealed class ShiftsOptionsTests
{
    [Fact]
    public void Defaults_AreValid()
    {
        Assert.True(new ShiftsOptionsValidator().Validate(null, new ShiftsOptions()).Succeeded);
    }

    [Fact]
    public void BadValues_AreEachNamedWithTheKey()
    {
        var options = new ShiftsOptions
        {
            RemindBefore = TimeSpan.Zero,
            EscalateAfter = TimeSpan.FromMinutes(5),
            SummaryTime = TimeSpan.FromHours(25),
            DefaultRadiusMeters = 0,
        };

        var result = new ShiftsOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Shifts:RemindBefore:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Shifts:EscalateAfter:", StringComparison.Ordinal) && f.Contains("NoSignInAfter", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Shifts:SummaryTime:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Shifts:DefaultRadiusMeters:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("-00:00:01")]
    [InlineData("00:30:00")]
    [InlineData("01:00:00")]
    public void MaxEarlyRelease_NegativeOrNotLessThanRemindBefore_IsNamed(string value)
    {
        var options = new ShiftsOptions { MaxEarlyRelease = TimeSpan.Parse(value, System.Globalization.CultureInfo.InvariantCulture) };

        var result = new ShiftsOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Single(result.Failures!, f => f.StartsWith("Shifts:MaxEarlyRelease:", StringComparison.Ordinal));
    }

    [Fact]
    public void MaxEarlyRelease_ZeroTurnsItOff_AndIsValid()
    {
        Assert.True(new ShiftsOptionsValidator().Validate(null, new ShiftsOptions { MaxEarlyRelease = TimeSpan.Zero }).Succeeded);
    }

    [Fact]
    public async Task Host_WithABadShiftsSection_RefusesToStart_NamingTheKey()
    {
        var settings = new Dictionary<string, string?> { ["Shifts:SummaryTime"] = "1.02:00:00" };

        var e = await Assert.ThrowsAnyAsync<Exception>(() => BotTestHost.StartAsync(settings));

        Assert.Contains(BotHostBuilder.ConfigurationFailures(e), f => f.StartsWith("Shifts:SummaryTime:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("08:00-16:00", "08:00-16:00", false)]
    [InlineData("8-16", "08:00-16:00", false)]
    [InlineData("22:00~07:00", "22:00-07:00", true)]
    [InlineData("22点至7点", "22:00-07:00", true)]
    [InlineData("12:00-24:00", "12:00-00:00", true)]
    public void ShiftTemplate_ReadsWhatPeopleWrite(string text, string expected, bool crossesMidnight)
    {
        Assert.True(ShiftTemplate.TryParse(text, out var shift));
        Assert.Equal(expected, shift.ToString());
        Assert.Equal(crossesMidnight, shift.CrossesMidnight);
    }

    [Theory]
    [InlineData("")]
    [InlineData("08:00")]
    [InlineData("25:00-26:00")]
    [InlineData("08:00-08:00")]
    public void ShiftTemplate_RejectsNonsense(string text) => Assert.False(ShiftTemplate.TryParse(text, out _));
}
