using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Shifts;
using Bot.Core.Storage;
using Bot.Host.Channels.WeCom;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Shifts;

/// <summary>
/// A crowded instant's "upcoming" reminders are released early enough for the last to reach a rate-limited platform by
/// its due time; nothing else ever goes early. Time is a FakeTimeProvider; the crowd is 860 shifts starting together.
/// </summary>
public sealed class EarlyReleaseTests
{
    public const int Crowd = 860;

    /// <summary>Telegram's overall rate: 30 messages in any second (and one per second per private chat).</summary>
    public static readonly ChannelLimits TelegramLike = new()
    {
        Channel = ChannelNames.Telegram,
        Rules =
        [
            new RateRule(RateScope.Channel, 30, TimeSpan.FromSeconds(1)),
            new RateRule(RateScope.PrivateChat, 1, TimeSpan.FromSeconds(1)),
        ],
    };

    // 2026-03-03 08:00 Asia/Shanghai: the shifts' start; their "upcoming" reminders fall due 30 minutes before.
    private static readonly DateTime Start = new(2026, 3, 3, 0, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime UpcomingDue = Start.AddMinutes(-30);

    [Fact]
    public void CrowdedInstant_AtThirtyPerSecond_IsReleased29SecondsEarly_AndAllGoAtTheReleaseTime()
    {
        using var w = World(TelegramLike);
        var entries = SeedCrowd(w, Crowd);

        // 860 at 30 per second: 28 whole windows before the last 20 may go, plus a second's margin.
        Assert.Equal(TimeSpan.FromSeconds(29), w.H.Get<EarlyRelease>().LeadFor(Crowd));
        var release = UpcomingDue.AddSeconds(-29);
        var instant = Assert.Single(DueInstants(w), i => i.AtUtc == UpcomingDue);
        Assert.Equal(release, instant.ReleaseUtc);
        Assert.Equal(release, w.Reminders.ReleaseOf(ShiftReminderPlan.For(entries[0], w.Reminders.Options)[0]));

        // Before the release (beyond the few seconds a trigger may fire early) nothing goes, not even one by one.
        w.H.Time.SetUtcNow(release.AddSeconds(-6));
        Assert.Equal(0, w.Reminders.RunDueNow());
        Assert.Equal(ReminderOutcome.NotDue, w.Reminders.Fire(entries[0].Id, ShiftReminderKind.Upcoming));
        Assert.Empty(w.H.TakeSent());

        w.H.Time.SetUtcNow(release);
        Assert.Equal(ReminderOutcome.Sent, w.Reminders.Fire(entries[0].Id, ShiftReminderKind.Upcoming));
        Assert.Equal(Crowd - 1, w.Reminders.RunDueNow());
        var sent = w.H.TakeSent();
        Assert.Equal(entries.Select(e => $"shift:{e.Id}:upcoming").ToHashSet(), sent.Select(m => m.DedupeKey ?? "").ToHashSet());
        Assert.Equal(Crowd, sent.Count);

        // The instant's own firing (the trigger's second one) finds everything sent.
        w.H.Time.SetUtcNow(UpcomingDue);
        Assert.Equal(0, w.Reminders.RunDueNow());
        Assert.Empty(w.H.TakeSent());
    }

    [Fact]
    public void LoneUpcomingReminder_GetsNoLead()
    {
        using var w = World(TelegramLike);
        var e = Assert.Single(SeedCrowd(w, 1));

        Assert.Equal(TimeSpan.Zero, w.H.Get<EarlyRelease>().LeadFor(1));
        Assert.Equal(TimeSpan.Zero, w.H.Get<EarlyRelease>().LeadFor(30));
        Assert.Equal(UpcomingDue, Assert.Single(DueInstants(w), i => i.AtUtc == UpcomingDue).ReleaseUtc);
        w.H.Time.SetUtcNow(UpcomingDue.AddSeconds(-6));
        Assert.Equal(0, w.Reminders.RunDueNow());
        Assert.Empty(w.H.TakeSent());

        w.H.Time.SetUtcNow(UpcomingDue);
        Assert.Equal(1, w.Reminders.RunDueNow());
        Assert.Equal($"shift:{e.Id}:upcoming", Assert.Single(w.H.TakeSent()).DedupeKey);
    }

    [Fact]
    public void NoSignInAndUncovered_AreNeverEarly_EvenInACrowdedInstant()
    {
        using var w = World(TelegramLike);
        var first = SeedCrowd(w, Crowd)[0];
        var noSignIn = Start.AddMinutes(10);
        var uncovered = Start.AddMinutes(20);

        var instants = DueInstants(w);
        Assert.Equal(noSignIn, Assert.Single(instants, i => i.AtUtc == noSignIn).ReleaseUtc);
        Assert.Equal(uncovered, Assert.Single(instants, i => i.AtUtc == uncovered).ReleaseUtc);
        Assert.All(instants.Where(i => i.AtUtc != UpcomingDue), i => Assert.Equal(i.AtUtc, i.ReleaseUtc));

        // Past the upcoming reminders' use (dropped unsent), 20 s before the sign-in reminders: none of them goes.
        w.H.Time.SetUtcNow(noSignIn.AddSeconds(-20));
        Assert.Equal(ReminderOutcome.NotDue, w.Reminders.Fire(first.Id, ShiftReminderKind.NoSignIn));
        Assert.Equal(0, w.Reminders.RunDueNow());
        Assert.Empty(w.H.TakeSent());

        // 20 s before the escalation: only the sign-in reminders (due 10 minutes ago) go, no alert.
        w.H.Time.SetUtcNow(uncovered.AddSeconds(-20));
        Assert.Equal(ReminderOutcome.NotDue, w.Reminders.Fire(first.Id, ShiftReminderKind.Uncovered));
        Assert.Equal(Crowd, w.Reminders.RunDueNow());
        Assert.All(w.H.TakeSent(), m => Assert.EndsWith(":nosignin", m.DedupeKey, StringComparison.Ordinal));
    }

    [Fact]
    public void MaxEarlyRelease_CapsTheLead()
    {
        using var w = World(TelegramLike, new Dictionary<string, string?> { ["Shifts:MaxEarlyRelease"] = "00:00:10" });
        SeedCrowd(w, Crowd);

        Assert.Equal(TimeSpan.FromSeconds(10), w.H.Get<EarlyRelease>().LeadFor(Crowd));
        Assert.Equal(UpcomingDue.AddSeconds(-10), Assert.Single(DueInstants(w), i => i.AtUtc == UpcomingDue).ReleaseUtc);
        w.H.Time.SetUtcNow(UpcomingDue.AddSeconds(-16));
        Assert.Equal(0, w.Reminders.RunDueNow());
        w.H.Time.SetUtcNow(UpcomingDue.AddSeconds(-10));
        Assert.Equal(Crowd, w.Reminders.RunDueNow());
    }

    [Fact]
    public void MaxEarlyReleaseZero_TurnsEarlyReleaseOff()
    {
        using var w = World(TelegramLike, new Dictionary<string, string?> { ["Shifts:MaxEarlyRelease"] = "00:00:00" });
        SeedCrowd(w, Crowd);

        Assert.Equal(TimeSpan.Zero, w.H.Get<EarlyRelease>().LeadFor(Crowd));
        Assert.Equal(UpcomingDue, Assert.Single(DueInstants(w), i => i.AtUtc == UpcomingDue).ReleaseUtc);
    }

    [Fact]
    public void WithOnlyWeComAndConsoleLimits_ThereIsNoLead()
    {
        // WeCom's limits are per member (30/min, 1000/h) and per group: 860 cadres are 860 chats, no channel-wide pace.
        using var w = World(WeComChannelExtensions.Limits(new WeComOptions()));
        SeedCrowd(w, Crowd);

        Assert.Equal(TimeSpan.Zero, w.H.Get<EarlyRelease>().LeadFor(Crowd));
        Assert.Null(w.H.Get<EarlyRelease>().RateFor(Crowd));
        Assert.All(DueInstants(w), i => Assert.Equal(i.AtUtc, i.ReleaseUtc));
        w.H.Time.SetUtcNow(UpcomingDue.AddSeconds(-6));
        Assert.Equal(0, w.Reminders.RunDueNow());
        w.H.Time.SetUtcNow(UpcomingDue);
        Assert.Equal(Crowd, w.Reminders.RunDueNow());
    }

    [Fact]
    public void Lead_FollowsTheSlowestChannelWideRule_AmongTheChannels()
    {
        var slow = new ChannelLimits { Channel = "slow", Rules = [new RateRule(RateScope.Channel, 100, TimeSpan.FromMinutes(1))] };
        using var w = World(TelegramLike, new Dictionary<string, string?> { ["Shifts:MaxEarlyRelease"] = "00:10:00" }, s => s.AddSingleton(slow));
        var release = w.H.Get<EarlyRelease>();

        // 250 at 30/s need 8 windows of a second, at 100/min two windows of a minute: the minutes win.
        Assert.Equal(TimeSpan.FromMinutes(2) + EarlyRelease.Margin, release.LeadFor(250));
        Assert.Equal("slow 100 per 00:01:00", release.RateFor(250));
        // 31 fit in one minute's window but not in one second's.
        Assert.Equal(TimeSpan.FromSeconds(1) + EarlyRelease.Margin, release.LeadFor(31));
        Assert.Equal("telegram 30 per 00:00:01", release.RateFor(31));
    }

    private static ShiftsWorld World(ChannelLimits limits, IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null) =>
        new(services =>
        {
            services.AddSingleton(limits);
            configure?.Invoke(services);
        }, settings);

    private static IReadOnlyList<DueInstant> DueInstants(ShiftsWorld w) =>
        w.Reminders.DueInstants(Start.AddHours(-1), Start.AddHours(12));

    /// <summary><paramref name="count"/> cadres (reachable on the console), each rostered at 1号岗 from <see cref="Start"/> for eight hours.</summary>
    private static List<RosterEntry> SeedCrowd(ShiftsWorld w, int count) => w.H.Get<BotDatabase>().InTransaction(() =>
    {
        var entries = new List<RosterEntry>();
        for (var i = 0; i < count; i++)
        {
            var cadre = w.H.AddPerson($"干部{i:000}", Role.Cadre);
            var entry = new RosterEntry
            {
                CommunityId = ShiftsWorld.Community, PointId = DutyPoint.KeyOf(ShiftsWorld.Community, "1号岗"), PointName = "1号岗",
                CadreId = cadre.Id, CadreName = cadre.Name, Date = "2026-03-03", Shift = "08:00-16:00", StartUtc = Start, EndUtc = Start.AddHours(8),
            };
            w.Store.Add(entry);
            entries.Add(entry);
        }

        return entries;
    });
}
