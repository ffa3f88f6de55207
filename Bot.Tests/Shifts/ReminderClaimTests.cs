using Bot.Core.Shifts;
using Microsoft.Extensions.DependencyInjection;
using static Bot.Tests.Shifts.ShiftsWorld;

namespace Bot.Tests.Shifts;

/// <summary>
/// A reminder is claimed in the log before anything is done for it: when another host's claim lands between the
/// first look at the log and the claim, this host neither sends nor changes the entry.
/// </summary>
public sealed class ReminderClaimTests : IDisposable
{
    private static readonly DateOnly Day3 = new(2026, 3, 3);
    private readonly ShiftsWorld _w = new(s => s.AddSingleton<IShiftReminderLog>(sp => new ClaimsSeenLate(sp.GetRequiredService<LiteDbShiftReminderLog>())));

    [Fact]
    public void ARemindersClaimedByAnotherHost_IsNeitherSentNorActedOn_TheOthersStillGoOut()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        var log = _w.H.Get<LiteDbShiftReminderLog>();
        Assert.True(log.TryClaim(Claimed(PlannedReminder.KeyOf(e.Id, ShiftReminderKind.Upcoming))));
        Assert.True(log.TryClaim(Claimed(PlannedReminder.KeyOf(e.Id, ShiftReminderKind.HandoverMissing))));

        _w.At(3, 7, 30);
        Assert.Equal(ReminderOutcome.AlreadyDone, _w.Reminders.Fire(e.Id, ShiftReminderKind.Upcoming));
        Assert.Empty(_w.H.TakeSent());

        _w.At(3, 8, 10);
        Assert.Equal(ReminderOutcome.Sent, _w.Reminders.Fire(e.Id, ShiftReminderKind.NoSignIn));
        Assert.Equal(ReminderOutcome.Sent, log.Entry(PlannedReminder.KeyOf(e.Id, ShiftReminderKind.NoSignIn))?.Outcome);
        Assert.Single(_w.H.TakeSent());

        _w.At(3, 16, 30);
        Assert.Equal(ReminderOutcome.AlreadyDone, _w.Reminders.Fire(e.Id, ShiftReminderKind.HandoverMissing));
        Assert.False(_w.Store.Entry(e.Id)!.HandoverMissed);
        Assert.Empty(_w.H.TakeSent());
    }

    public void Dispose() => _w.Dispose();

    private static ReminderLogEntry Claimed(string key) => new() { Id = key, Outcome = ReminderOutcome.Sent };

    /// <summary>The log as a host sees it when another host's claim commits just after its first look: not logged yet.</summary>
    private sealed class ClaimsSeenLate(IShiftReminderLog inner) : IShiftReminderLog
    {
        public bool IsLogged(string key) => false;

        public ReminderLogEntry? Entry(string key) => inner.Entry(key);

        public bool TryClaim(ReminderLogEntry entry) => inner.TryClaim(entry);

        public void Record(ReminderLogEntry entry) => inner.Record(entry);
    }
}
