using Bot.Core.Messaging;
using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Core.Storage;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.Notices;

/// <summary>The real host with Quartz: triggers really fire (polled for, not timed), and are rebuilt from LiteDB after a restart.</summary>
public sealed class NoticeQuartzTests
{
    [Fact]
    public async Task Quartz_FiresScheduledAndRecurringNotices_AndRebuildsTriggersAfterRestart()
    {
        var first = new RecordingSender("rec");
        var settings = new Dictionary<string, string?>
        {
            ["Notices:Schedules:0:Name"] = "every-second",
            ["Notices:Schedules:0:Cron"] = "* * * * * ?",
            ["Notices:Schedules:0:Kind"] = "Bulletin",
            ["Notices:Schedules:0:Community"] = NoticeBot.Community,
            ["Notices:Schedules:0:Title"] = "知情 {date}",
            ["Notices:Schedules:0:Content"] = "内容",
        };
        string dataFile;
        string personId;
        int later;
        await using (var host = await BotTestHost.StartAsync(settings, configure: s => AddRecordingChannel(s, first)))
        {
            dataFile = host.DataFile;
            personId = AddMember(host);
            var store = host.Get<INoticeStore>();
            var schedules = host.Get<NoticeScheduleService>();
            var soon = Schedule(host.Get<BotDatabase>(), store, schedules, TimeSpan.FromSeconds(1));
            later = Schedule(host.Get<BotDatabase>(), store, schedules, TimeSpan.FromHours(1));

            await BotTestHost.WaitUntilAsync(() => first.Sent.Any(s => s.Message.DedupeKey == $"notice:{soon}:{personId}"), what: "scheduled notice sent");
            await BotTestHost.WaitUntilAsync(() => first.Sent.Any(s => s.Message.Text.Contains("知情 20", StringComparison.Ordinal)), what: "recurring notice sent");
            Assert.Equal(NoticeStatus.Scheduled, store.Get(later)!.Status);
        }

        // While the bot is down the later notice is moved to a time that has come: the next start must send it.
        using (var db = new BotDatabase(dataFile))
        {
            var store = new NoticeStore(db);
            var notice = store.Get(later)!;
            notice.ScheduledAtUtc = TimeProvider.System.GetUtcNow().UtcDateTime.AddSeconds(1);
            store.Update(notice);
        }

        var second = new RecordingSender("rec");
        await using (var host = await BotTestHost.StartAsync(dataFile: dataFile, configure: s => AddRecordingChannel(s, second)))
        {
            await BotTestHost.WaitUntilAsync(() => second.Sent.Any(s => s.Message.DedupeKey == $"notice:{later}:{personId}"), what: "rebuilt trigger fired");
            Assert.Equal(NoticeStatus.Sent, host.Get<INoticeStore>().Get(later)!.Status);
        }
    }

    private static void AddRecordingChannel(IServiceCollection services, RecordingSender sender)
    {
        services.AddSingleton(new ChannelLimits { Channel = "rec" });
        services.AddSingleton<IChannelSender>(sender);
    }

    private static string AddMember(BotTestHost host)
    {
        var people = host.Get<IPeopleStore>();
        host.Get<ICommunityStore>().EnsureCommunity(NoticeBot.Community);
        var p = new Person { Name = "刘丰睿", Role = Role.Cadre, CommunityId = NoticeBot.Community, PartyMember = true, LastChannel = "rec" };
        p.IdentityKeys.Add("rec:liu");
        people.Save(p);
        return p.Id;
    }

    private static int Schedule(BotDatabase db, INoticeStore store, NoticeScheduleService schedules, TimeSpan fromNow) =>
        db.InTransaction(() =>
        {
            var notice = store.Add(new Notice
            {
                Kind = NoticeKind.Lecture,
                CommunityId = NoticeBot.Community,
                Title = "党课",
                Content = "内容",
                Audience = NoticeAudience.PartyMembers,
                AuthorId = "test",
            });
            schedules.Schedule(notice, TimeProvider.System.GetUtcNow() + fromNow);
            return notice.Id;
        });
}
