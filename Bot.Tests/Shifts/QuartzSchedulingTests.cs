using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Shifts;
using Bot.Core.Storage;
using Bot.Host.Scheduling.Shifts;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Bot.Tests.Shifts;

/// <summary>The real host with a real Quartz scheduler: triggers are rebuilt from the roster, and a reminder job really fires.</summary>
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
    public async Task RosterEdit_RebuildsTriggers_AndAStartRebuildsThemFromTheRoster()
    {
        string dataFile;
        long id;
        DateTime start;
        await using (var host = await BotTestHost.StartAsync(configure: WithConsoleAddresses))
        {
            dataFile = host.DataFile;
            var cadre = Seed(host);
            start = TimeProvider.System.GetUtcNow().UtcDateTime.Date.AddDays(1).AddHours(1);
            var entry = NewEntry(cadre, start);
            host.Get<ShiftStore>().Add(entry);
            id = entry.Id;
            var scheduler = await host.Get<ISchedulerFactory>().GetScheduler();

            await BotTestHost.WaitUntilAsync(() => TriggerStart(scheduler, id, ShiftReminderKind.HandoverMissing) is not null, what: "triggers of the new entry");
            Assert.Equal(start.AddMinutes(-30), TriggerStart(scheduler, id, ShiftReminderKind.Upcoming));
            Assert.Equal(start.AddMinutes(20), TriggerStart(scheduler, id, ShiftReminderKind.Uncovered));
            Assert.Equal(start.AddHours(8).AddMinutes(15), TriggerStart(scheduler, id, ShiftReminderKind.HandoverMissing));

            // Beyond the horizon (36 h) nothing is held in Quartz yet; the hourly horizon job adds it later.
            var later = NewEntry(cadre, start.AddDays(4));
            host.Get<ShiftStore>().Add(later);
            await host.Get<ShiftTriggerScheduler>().RebuildAsync(later.Id, CancellationToken.None);
            Assert.Null(TriggerStart(scheduler, later.Id, ShiftReminderKind.Upcoming));
            Assert.NotNull(await scheduler.GetTrigger(ShiftTriggerScheduler.HorizonTrigger));

            entry.Cancel();
            host.Get<ShiftStore>().UpdateRoster(entry);
            await BotTestHost.WaitUntilAsync(() => TriggerStart(scheduler, id, ShiftReminderKind.Upcoming) is null, what: "triggers removed after cancelling");

            entry.Cancelled = false;
            host.Get<ShiftStore>().UpdateRoster(entry);
            await BotTestHost.WaitUntilAsync(() => TriggerStart(scheduler, id, ShiftReminderKind.Upcoming) is not null, what: "triggers back after restoring");
        }

        await using var restarted = await BotTestHost.StartAsync(dataFile: dataFile, configure: WithConsoleAddresses);
        var again = await restarted.Get<ISchedulerFactory>().GetScheduler();
        Assert.Equal(start.AddMinutes(10), TriggerStart(again, id, ShiftReminderKind.NoSignIn));
        Assert.NotNull(await again.GetTrigger(ShiftTriggerScheduler.SummaryTrigger));
    }

    private static DateTime? TriggerStart(IScheduler scheduler, long id, ShiftReminderKind kind)
    {
        var trigger = scheduler.GetTrigger(ShiftTriggerScheduler.TriggerKeyOf(id, kind)).AsTask().GetAwaiter().GetResult();
        return trigger?.StartTimeUtc.UtcDateTime;
    }

    private static void WithConsoleAddresses(IServiceCollection services) =>
        services.AddSingleton(new ChannelLimits { Channel = ChannelNames.Console });

    private static Person Seed(BotTestHost host)
    {
        var people = host.Get<PeopleStore>();
        people.EnsureCommunity(Community);
        var cadre = new Person { Name = "刘丰睿", Role = Role.Cadre, CommunityId = Community, LastChannel = ChannelNames.Console };
        cadre.IdentityKeys.Add($"{ChannelNames.Console}:刘丰睿");
        people.Save(cadre);
        host.Get<ShiftStore>().SavePoint(new DutyPoint { CommunityId = Community, Name = "1号岗" });
        return cadre;
    }

    private static RosterEntry NewEntry(Person cadre, DateTime startUtc) => new()
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
