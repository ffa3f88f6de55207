using Bot.Core.Messaging;
using Bot.Core.Shifts;
using static Bot.Tests.Shifts.ShiftsWorld;

namespace Bot.Tests.Shifts;

public sealed class ReminderTests : IDisposable
{
    private static readonly DateOnly Day3 = new(2026, 3, 3);
    private readonly ShiftsWorld _w = new();

    [Fact]
    public void Plan_ComputesEveryReminderTime_ForAShiftAcrossMidnight()
    {
        var e = _w.Roster("2号岗", "22:00-07:00", Guo, Day3);

        var plan = ShiftReminderPlan.For(e, new ShiftsOptions()).ToDictionary(p => p.Kind, p => p.AtUtc);

        // 22:00 local on 3-3 is 14:00 UTC; 07:00 local on 3-4 is 23:00 UTC on 3-3.
        Assert.Equal(new DateTime(2026, 3, 3, 13, 30, 0), plan[ShiftReminderKind.Upcoming]);
        Assert.Equal(new DateTime(2026, 3, 3, 14, 10, 0), plan[ShiftReminderKind.NoSignIn]);
        Assert.Equal(new DateTime(2026, 3, 3, 14, 20, 0), plan[ShiftReminderKind.Uncovered]);
        Assert.Equal(new DateTime(2026, 3, 3, 22, 50, 0), plan[ShiftReminderKind.HandoverDue]);
        Assert.Equal(new DateTime(2026, 3, 3, 23, 15, 0), plan[ShiftReminderKind.HandoverMissing]);
    }

    [Fact]
    public void Plan_FollowsConfiguredOffsets()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        var options = new ShiftsOptions { RemindBefore = TimeSpan.FromMinutes(45), EscalateAfter = TimeSpan.FromMinutes(30) };

        var plan = ShiftReminderPlan.For(e, options).ToDictionary(p => p.Kind, p => p.AtUtc);

        Assert.Equal(e.StartUtc.AddMinutes(-45), plan[ShiftReminderKind.Upcoming]);
        Assert.Equal(e.StartUtc.AddMinutes(30), plan[ShiftReminderKind.Uncovered]);
    }

    [Fact]
    public void NobodySignsIn_EveryReminderAndTheEscalationFireAtTheirTimes_Once()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);

        _w.At(3, 7, 29);
        Assert.Equal(0, _w.Reminders.RunDue());
        _w.At(3, 7, 30);
        Assert.Equal(1, _w.Reminders.RunDue());
        var upcoming = Assert.Single(_w.H.TakeSent());
        Assert.Equal(Liu, upcoming.To.ChatId);
        Assert.Equal($"shift:{e.Id}:upcoming", upcoming.DedupeKey);
        Assert.Equal("/signin 1号岗", upcoming.Buttons[0][0].Data);
        Assert.Equal(0, _w.Reminders.RunDue());

        _w.At(3, 8, 9);
        _w.Reminders.RunDue();
        Assert.Empty(_w.H.TakeSent());
        _w.At(3, 8, 10);
        _w.Reminders.RunDue();
        Assert.Contains("还没有签到", Single(_w.H.TakeSent(), Liu), StringComparison.Ordinal);

        _w.At(3, 8, 20);
        _w.Reminders.RunDue();
        var alerts = _w.H.TakeSent();
        Assert.Contains("1号岗", Single(alerts, Secretary), StringComparison.Ordinal);
        var group = Assert.Single(alerts, m => m.To.Kind == ChatKind.Group);
        Assert.Equal(CadresGroup, group.To.ChatId);
        Assert.Contains("无人在岗", group.Text, StringComparison.Ordinal);
        Assert.Equal(2, alerts.Count);

        _w.At(3, 23);
        _w.Reminders.RunDue();
        Assert.Empty(_w.H.TakeSent());
        Assert.Equal(4, _w.H.AllSent().Count(m => m.DedupeKey?.StartsWith($"shift:{e.Id}:", StringComparison.Ordinal) == true));
    }

    [Fact]
    public void SignedInCadre_GetsHandoverReminders_NotSignInReminders()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 7, 45);
        _w.H.Say(Liu, "签到");

        _w.At(3, 8, 30);
        _w.Reminders.RunDue();
        Assert.Empty(_w.H.TakeSent());

        _w.At(3, 15, 50);
        _w.Reminders.RunDue();
        var due = Assert.Single(_w.H.TakeSent());
        Assert.Equal($"shift:{e.Id}:handoverdue", due.DedupeKey);
        Assert.Equal("/handover", due.Buttons[0][0].Data);

        _w.At(3, 16, 15);
        _w.Reminders.RunDue();
        Assert.Contains("没有交接记录", Single(_w.H.TakeSent(), Liu), StringComparison.Ordinal);
    }

    [Fact]
    public void SubstituteOnDuty_SuppressesTheEscalation()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8, 15);
        _w.H.Say(Guo, "签到 1号岗");

        _w.At(3, 8, 20);
        _w.Reminders.RunDue();

        Assert.DoesNotContain(_w.H.TakeSent(), m => m.DedupeKey?.StartsWith($"shift:{e.Id}:uncovered", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Reminders_AreSentAtMostOnce_AcrossARestart()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 8, 20);
        Assert.Equal(2, _w.Reminders.RunDue());
        var before = _w.H.AllSent().Count;

        _w.H.Restart();

        Assert.Equal(0, _w.Reminders.RunDue());
        Assert.Equal(ReminderOutcome.AlreadyDone, _w.Reminders.Fire(e.Id, ShiftReminderKind.NoSignIn));
        Assert.Equal(before, _w.H.AllSent().Count);
    }

    [Fact]
    public void MissedWhileDown_StillUseful_IsSentOnceAtStart_TooOld_IsDroppedAndLogged()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.H.Restart();
        _w.At(3, 8, 25);

        _w.Reminders.RunDue();

        var keys = _w.H.TakeSent().Select(m => m.DedupeKey).ToList();
        // The "starts in 30 min" reminder lost its use at 08:00; the sign-in reminder and the alert still matter.
        Assert.DoesNotContain($"shift:{e.Id}:upcoming", keys);
        Assert.Contains($"shift:{e.Id}:nosignin", keys);
        Assert.Contains(keys, k => k!.StartsWith($"shift:{e.Id}:uncovered", StringComparison.Ordinal));
        Assert.Equal(ReminderOutcome.AlreadyDone, _w.Reminders.Fire(e.Id, ShiftReminderKind.Upcoming));
        var log = _w.H.Get<Bot.Core.Storage.BotDatabase>().Collection<ReminderLogEntry>("shift_reminders").FindById($"shift:{e.Id}:upcoming");
        Assert.Equal(ReminderOutcome.Dropped, log.Outcome);
    }

    [Fact]
    public void HandoverReminders_EachGoOutOnce_AcrossRestarts()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.At(3, 7, 45);
        _w.H.Say(Liu, "签到");
        _w.At(3, 15, 50);
        Assert.Equal(1, _w.Reminders.RunDue());

        _w.H.Restart();
        _w.At(3, 16, 15);
        Assert.Equal(1, _w.Reminders.RunDue());
        _w.H.Restart();
        Assert.Equal(0, _w.Reminders.RunDue());
        Assert.Equal(ReminderOutcome.AlreadyDone, _w.Reminders.Fire(e.Id, ShiftReminderKind.HandoverMissing));

        var keys = _w.H.AllSent().Select(m => m.DedupeKey).Where(k => k?.StartsWith($"shift:{e.Id}:", StringComparison.Ordinal) == true).ToList();
        Assert.Equal([$"shift:{e.Id}:handoverdue", $"shift:{e.Id}:handovermissing"], keys);
    }

    [Fact]
    public void CancelledShift_GetsNoReminders()
    {
        var e = _w.Roster("1号岗", "08:00-16:00", Liu, Day3);
        _w.H.Say(Secretary, $"取消排班 {e.Id}");
        _w.H.TakeSent();
        _w.At(3, 8, 30);

        Assert.Equal(0, _w.Reminders.RunDue());
        Assert.Empty(_w.H.TakeSent());
    }

    public void Dispose() => _w.Dispose();
}
