using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Shifts;
using Bot.Core.Storage;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bot.Tests.Shifts;

/// <summary>The real host with a real Quartz scheduler: one trigger per due instant, built from the roster; the job really fires and decides from the roster.</summary>
public sealed class QuartzSchedulingTests
{
    private const string Community = "静园社区";

    [Fact]
    public async Task Quartz_FiresTheReminderJob_AndTheReminderLandsInTheOutbox()
    {
        await using var host = await BotTestHost.StartAsync(configure: WithConsoleAddresses);
        var cadre = Seed(host);
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        // The "starts in 30 min" reminder falls due one second from now.
        var entry = NewEntry(cadre, now.AddMinutes(30).AddSeconds(1));

        host.Get<BotDatabase>().InTransaction(() => host.Get<ShiftStore>().Add(entry));

        var outbox = host.Get<LiteDbOutbox>();
        await BotTestHost.WaitUntilAsync(() => outbox.Exists($"shift:{entry.Id}:upcoming"), what: "the upcoming-shift reminder in the outbox");
        var record = outbox.All().Single(r => r.DedupeKey == $"shift:{entry.Id}:upcoming");
        Assert.Equal(cadre.Name, record.ChatId);
        Assert.Contains("1号岗", record.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Triggers_AreOnePerDistinctDueInstant_NotOnePerReminder_AndAStartRebuildsThem()
    {
        string dataFile;
        HashSet<TriggerKey> expected;
        await using (var host = await BotTestHost.StartAsync(configure: WithConsoleAddresses))
        {
            dataFile = host.DataFile;
            var cadre = Seed(host);
            var start = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(1).AddHours(1);
            // Six shifts, 30 reminders, but only ten instants: four shifts start at `start`, two an hour later.
            var entries = Enumerable.Range(0, 6).Select(i => NewEntry(cadre, i < 4 ? start : start.AddHours(1))).ToList();
            host.Get<BotDatabase>().InTransaction(() => entries.ForEach(host.Get<ShiftStore>().Add));
            var instants = entries.SelectMany(e => ShiftReminderPlan.For(e, new ShiftsOptions())).Select(p => p.AtUtc).Distinct().ToList();
            Assert.Equal(10, instants.Count);
            expected = instants.Select(ShiftTriggerScheduler.TriggerKeyOf).ToHashSet();
            var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();

            await BotTestHost.WaitUntilAsync(() => DueTriggers(scheduler).SetEquals(expected), what: "one trigger per distinct due instant");
            Assert.Equal(start.AddMinutes(-30), StartOf(scheduler, start.AddMinutes(-30)));
            Assert.Equal(start.AddHours(9).AddMinutes(15), StartOf(scheduler, start.AddHours(9).AddMinutes(15)));

            // Beyond the horizon (36 h) nothing is held in Quartz yet; the hourly horizon job adds it later.
            var later = NewEntry(cadre, start.AddDays(4));
            host.Get<ShiftStore>().Add(later);
            await host.Get<ShiftTriggerScheduler>().RebuildAsync(later.Id, CancellationToken.None);
            Assert.True(DueTriggers(scheduler).SetEquals(expected));
            Assert.NotNull(await scheduler.GetTrigger(ShiftTriggerScheduler.HorizonTrigger));
        }

        await using var restarted = await BotTestHost.StartAsync(dataFile: dataFile, configure: WithConsoleAddresses);
        var again = await restarted.Get<ISchedulerFactory>().GetScheduler();
        Assert.True(DueTriggers(again).SetEquals(expected));
        Assert.NotNull(await again.GetTrigger(ShiftTriggerScheduler.SummaryTrigger));
    }

    [Fact]
    public async Task RosterEdit_MovedOrCancelledShift_SendsNothingWhenItsOldInstantFires()
    {
        await using var host = await BotTestHost.StartAsync(configure: WithConsoleAddresses);
        var cadre = Seed(host);
        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();
        var store = host.Get<ShiftStore>();
        // Hold the shifts' triggers until the roster is edited, so the edit surely lands before the instant fires.
        await scheduler.PauseTriggerGroups(GroupMatcher<TriggerKey>.GroupEquals(ShiftTriggerScheduler.Group));
        var due = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(1);
        var (moved, cancelled, kept) = (NewEntry(cadre, due.AddMinutes(30)), NewEntry(cadre, due.AddMinutes(30)), NewEntry(cadre, due.AddMinutes(30)));
        host.Get<BotDatabase>().InTransaction(() => new[] { moved, cancelled, kept }.ToList().ForEach(store.Add));
        await BotTestHost.WaitUntilAsync(() => DueTriggers(scheduler).Contains(ShiftTriggerScheduler.TriggerKeyOf(due)), what: "the shared instant's trigger");
        Assert.Equal(TriggerState.Paused, await scheduler.GetTriggerState(ShiftTriggerScheduler.TriggerKeyOf(due)));

        moved.StartUtc = moved.StartUtc.AddHours(3);
        moved.EndUtc = moved.EndUtc.AddHours(3);
        store.UpdateRoster(moved);
        cancelled.Cancel();
        store.UpdateRoster(cancelled);
        await BotTestHost.WaitUntilAsync(() => DueTriggers(scheduler).Contains(ShiftTriggerScheduler.TriggerKeyOf(due.AddHours(3))), what: "the moved shift's new instant");
        await BotTestHost.WaitUntilAsync(() => TimeProvider.System.GetUtcNow().UtcDateTime > due.AddSeconds(1), what: "the old instant to pass");
        await scheduler.ResumeTriggerGroups(GroupMatcher<TriggerKey>.GroupEquals(ShiftTriggerScheduler.Group));

        var outbox = host.Get<LiteDbOutbox>();
        await BotTestHost.WaitUntilAsync(() => outbox.Exists($"shift:{kept.Id}:upcoming"), what: "the kept shift's reminder");
        // The same run of the job looked at the moved and the cancelled shift from the roster as it is now.
        Assert.False(outbox.Exists($"shift:{moved.Id}:upcoming"));
        Assert.False(outbox.Exists($"shift:{cancelled.Id}:upcoming"));
        Assert.Single(outbox.All(), r => r.DedupeKey.StartsWith("shift:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CrowdedInstant_TriggerIsScheduledAtTheReleaseTime_AndFiresAgainAtTheInstant()
    {
        // 860 shifts start together tomorrow, written before the host starts; Telegram's 30/s is among the channels.
        var dataFile = Path.Combine(Path.GetTempPath(), "bot-tests", Guid.NewGuid().ToString("N"), "bot.db");
        Directory.CreateDirectory(Path.GetDirectoryName(dataFile)!);
        var start = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(1).AddHours(1);
        using (var db = new BotDatabase(dataFile))
        {
            var store = new ShiftStore(db);
            var cadre = new Person { Name = "刘丰睿", Role = Role.Cadre, CommunityId = Community };
            db.InTransaction(() => Enumerable.Range(0, EarlyReleaseTests.Crowd).ToList().ForEach(_ => store.Add(NewEntry(cadre, start))));
        }

        await using var host = await BotTestHost.StartAsync(dataFile: dataFile, configure: WithTelegramLimits);
        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();
        var due = start.AddMinutes(-30);

        var upcoming = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(ShiftTriggerScheduler.TriggerKeyOf(due)));
        Assert.Equal(due.AddSeconds(-29), upcoming.StartTimeUtc.UtcDateTime);
        Assert.Equal(due.AddSeconds(-29), upcoming.NextFireTimeUtc?.UtcDateTime);
        Assert.Equal(1, upcoming.RepeatCount);
        Assert.Equal(due, upcoming.GetFireTimeAfter(upcoming.StartTimeUtc)?.UtcDateTime);
        // The sign-in reminders of the same 860 shifts are not released early.
        var noSignIn = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(ShiftTriggerScheduler.TriggerKeyOf(start.AddMinutes(10))));
        Assert.Equal(start.AddMinutes(10), noSignIn.StartTimeUtc.UtcDateTime);
        Assert.Equal(0, noSignIn.RepeatCount);
    }

    [Fact]
    public async Task RosterChange_ThatCrowdsAnInstant_MovesItsTriggerToTheEarlierRelease()
    {
        await using var host = await BotTestHost.StartAsync(configure: WithTelegramLimits);
        var cadre = Seed(host);
        var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();
        var start = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(1).AddHours(1);
        var due = start.AddMinutes(-30);
        var key = ShiftTriggerScheduler.TriggerKeyOf(due);
        // Thirty fit in one second's window: released at the instant.
        host.Get<BotDatabase>().InTransaction(() => Enumerable.Range(0, 30).ToList().ForEach(_ => host.Get<ShiftStore>().Add(NewEntry(cadre, start))));
        await BotTestHost.WaitUntilAsync(() => StartOf(scheduler, due) == due, what: "the instant's trigger at the instant");

        host.Get<ShiftStore>().Add(NewEntry(cadre, start));

        // The 31st needs a second window: the trigger now fires a window plus the margin early.
        await BotTestHost.WaitUntilAsync(() => StartOf(scheduler, due) == due.AddSeconds(-2), what: "the instant's trigger at the earlier release");
        Assert.Contains(key, DueTriggers(scheduler));
    }

    private static HashSet<TriggerKey> DueTriggers(IScheduler scheduler) =>
        scheduler.GetTriggerKeys(GroupMatcher<TriggerKey>.GroupEquals(ShiftTriggerScheduler.Group)).AsTask().GetAwaiter().GetResult()
            .Where(k => k.Name.StartsWith(ShiftTriggerScheduler.DuePrefix, StringComparison.Ordinal)).ToHashSet();

    private static DateTime? StartOf(IScheduler scheduler, DateTime atUtc)
    {
        var trigger = scheduler.GetTrigger(ShiftTriggerScheduler.TriggerKeyOf(atUtc)).AsTask().GetAwaiter().GetResult();
        return trigger?.StartTimeUtc.UtcDateTime;
    }

    internal static void WithConsoleAddresses(IServiceCollection services) =>
        services.AddSingleton(new ChannelLimits { Channel = ChannelNames.Console });

    private static void WithTelegramLimits(IServiceCollection services)
    {
        WithConsoleAddresses(services);
        services.AddSingleton(EarlyReleaseTests.TelegramLike);
    }

    internal static Person Seed(BotTestHost host)
    {
        var people = host.Get<IPeopleStore>();
        host.Get<ICommunityStore>().EnsureCommunity(Community);
        var cadre = new Person { Name = "刘丰睿", Role = Role.Cadre, CommunityId = Community, LastChannel = ChannelNames.Console };
        cadre.IdentityKeys.Add($"{ChannelNames.Console}:刘丰睿");
        people.Save(cadre);
        host.Get<ShiftStore>().SavePoint(new DutyPoint { CommunityId = Community, Name = "1号岗" });
        return cadre;
    }

    internal static RosterEntry NewEntry(Person cadre, DateTime startUtc) => new()
    {
        CommunityId = Community,
        PointId = DutyPoint.KeyOf(Community, "1号岗"),
        PointName = "1号岗",
        CadreId = cadre.Id,
        CadreName = cadre.Name,
        // The local date and shift as the planner would write them (the store finds open entries by date).
        Date = startUtc.AddHours(8).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        Shift = $"{startUtc.AddHours(8):HH:mm}-{startUtc.AddHours(16):HH:mm}",
        StartUtc = startUtc,
        EndUtc = startUtc.AddHours(8),
    };
}
