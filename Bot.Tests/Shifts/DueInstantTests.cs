using Bot.Core.Shifts;
using static Bot.Tests.Shifts.ShiftsWorld;

namespace Bot.Tests.Shifts;

/// <summary>What a due-instant trigger relies on: the distinct instants of the roster, and a run that decides from the roster at fire time.</summary>
public sealed class DueInstantTests : IDisposable
{
    private static readonly DateOnly Day3 = new(2026, 3, 3);
    private readonly ShiftsWorld _w = new();

    [Fact]
    public void DueInstants_AreTheDistinctReminderTimes_SharedByShiftsStartingTogether()
    {
        var a = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.Roster("2号岗", "08:00-16:00", Guo, Day3);
        var night = _w.Roster("消杀组", "22:00-07:00", Wang, Day3);
        _w.At(3, 0);
        var now = _w.H.Time.GetUtcNow().UtcDateTime;

        var instants = _w.Reminders.DueInstants(now, now.AddHours(36)).Select(i => i.AtUtc).ToList();

        // 15 reminders; the two day shifts share their five instants.
        var expected = new[] { a, night }.SelectMany(e => ShiftReminderPlan.For(e, new ShiftsOptions())).Select(p => p.AtUtc).Order().ToList();
        Assert.Equal(expected, instants);
        Assert.Equal(10, instants.Count);
        Assert.Equal(new DateTime(2026, 3, 2, 23, 30, 0, DateTimeKind.Utc), instants[0]);
    }

    [Fact]
    public void RunDueNow_AfterTheShiftMoved_SendsNothingAtTheOldTime_AndSendsAtTheNewOne()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        e.StartUtc = e.StartUtc.AddHours(2);
        e.EndUtc = e.EndUtc.AddHours(2);
        e.Shift = "10:00-18:00";
        _w.Store.UpdateRoster(e);

        _w.At(3, 7, 30);
        Assert.Equal(0, _w.Reminders.RunDueNow());
        Assert.Empty(_w.H.TakeSent());

        _w.At(3, 9, 30);
        Assert.Equal(1, _w.Reminders.RunDueNow());
        var upcoming = Assert.Single(_w.H.TakeSent());
        Assert.Equal($"shift:{e.Id}:upcoming", upcoming.DedupeKey);
        Assert.Contains("10:00", upcoming.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RunDueNow_CancelledShift_SendsNothing_AndARepeatedRunSendsNothingTwice()
    {
        var cancelled = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        var kept = _w.Roster("2号岗", "08:00-16:00", Guo, Day3);
        cancelled.Cancel();
        _w.Store.UpdateRoster(cancelled);

        _w.At(3, 7, 30);
        Assert.Equal(1, _w.Reminders.RunDueNow());
        Assert.Equal(0, _w.Reminders.RunDueNow());
        _w.H.Restart();
        Assert.Equal(0, _w.Reminders.RunDueNow());

        var sent = Assert.Single(_w.H.AllSent(), m => m.DedupeKey?.StartsWith("shift:", StringComparison.Ordinal) == true);
        Assert.Equal($"shift:{kept.Id}:upcoming", sent.DedupeKey);
    }

    [Fact]
    public void RunDueNow_ToleratesATriggerFiringAMomentEarly()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 7, 29);
        _w.H.Time.Advance(TimeSpan.FromSeconds(58));

        Assert.Equal(1, _w.Reminders.RunDueNow());
        Assert.Equal($"shift:{e.Id}:upcoming", Assert.Single(_w.H.TakeSent()).DedupeKey);
    }

    public void Dispose() => _w.Dispose();
}
