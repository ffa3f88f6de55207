using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Bot.Core.Texts;

namespace Bot.Core.Notices;

/// <summary>
/// What the Quartz jobs call: publish scheduled notices that are due, publish one occurrence of a recurring notice,
/// and send the automatic reminders that are due. Scheduled notices live in the store, so the host rebuilds their
/// triggers from <see cref="PendingSchedules"/> at start. Calls are serialised: two triggers firing together publish
/// once; across hosts the store decides (<see cref="INoticeStore.MarkSent"/>, <see cref="INoticeStore.AddOccurrence"/>).
/// </summary>
internal sealed class NoticeScheduleService(IUnitOfWork db, INoticeStore store, NoticeBroadcastService broadcast, NoticeReminders reminders,
    IPeopleStore people, Messenger messenger, BotClock clock, IOptions<NoticesOptions> options, ILogger<NoticeScheduleService> logger, ICommunityStore communities)
{
    private static readonly string[] AllWords = [Notice.AllCommunities, "全区", "全區", "all"];
    private readonly Lock _gate = new();

    /// <summary>
    /// Schedules a draft; call inside the handler's transaction. Signals <see cref="NoticeScheduled"/>. False (nothing
    /// changed) when the stored notice is no longer a draft: another host sent, scheduled or cancelled it meanwhile.
    /// </summary>
    public bool Schedule(Notice notice, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(notice);
        notice.ScheduleAt(at);
        if (!store.SaveDraft(notice))
        {
            return false;
        }

        db.Signal(new NoticeScheduled(notice.Id, at));
        return true;
    }

    public IReadOnlyList<(int Id, DateTimeOffset At)> PendingSchedules() =>
        store.WithStatus(NoticeStatus.Scheduled)
            .Select(n => (n.Id, new DateTimeOffset(DateTime.SpecifyKind(n.ScheduledAtUtc!.Value, DateTimeKind.Utc))))
            .ToList();

    /// <summary>Publishes every scheduled notice whose time has come; returns how many.</summary>
    public int RunDue()
    {
        lock (_gate)
        {
            var now = clock.UtcNow;
            var due = store.WithStatus(NoticeStatus.Scheduled).Where(n => n.ScheduledAtUtc <= now.UtcDateTime).Select(n => n.Id).ToList();
            var sent = 0;
            foreach (var id in due)
            {
                sent += db.InTransaction(() =>
                {
                    var n = store.Get(id);
                    if (n is not { Status: NoticeStatus.Scheduled })
                    {
                        return 0;
                    }

                    if (broadcast.Publish(n, now) is not { } audience)
                    {
                        return 0;
                    }

                    if (people.Get(n.AuthorId) is { } author)
                    {
                        messenger.ToPerson(author, NoticesTexts.ScheduledSent.Format(author.Language, n.Id, n.Title, audience.Groups.Count, audience.People.Count));
                    }

                    return 1;
                });
            }

            return sent;
        }
    }

    /// <summary>Publishes the occurrence of recurring schedule <paramref name="name"/> that fired at <paramref name="fireTime"/> (once).</summary>
    public Notice? RunRecurring(string name, DateTimeOffset fireTime)
    {
        lock (_gate)
        {
            var list = options.Value.Schedules;
            var index = Enumerable.Range(0, list.Count).FirstOrDefault(i => list[i].NameAt(i) == name, -1);
            if (index < 0)
            {
                logger.LogWarning("Recurring notice {Name} is no longer configured", name);
                return null;
            }

            var s = list[index];
            var key = $"{name}@{fireTime.UtcDateTime:yyyyMMddHHmm}";
            var community = AllWords.Contains(s.Community.Trim(), StringComparer.OrdinalIgnoreCase)
                ? Notice.AllCommunities
                : communities.FindCommunity(s.Community)?.Id;
            if (community is null)
            {
                logger.LogWarning("Recurring notice {Name}: community {Community} is unknown; nothing sent", name, s.Community);
                return null;
            }

            var content = string.IsNullOrWhiteSpace(s.ContentFile) ? s.Content ?? "" : File.ReadAllText(s.ContentFile).Trim();
            var date = clock.ToLocal(fireTime).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            return db.InTransaction(() =>
            {
                if (store.OccurrenceExists(key))
                {
                    return null;
                }

                var notice = new Notice
                {
                    Kind = s.Kind,
                    CommunityId = community,
                    Title = s.Title.Replace("{date}", date, StringComparison.Ordinal),
                    Content = content,
                    Audience = s.Audience ?? options.Value.DefaultAudience,
                    AuthorId = "schedule:" + name,
                    CreatedAtUtc = clock.UtcNow.UtcDateTime,
                    OccurrenceKey = key,
                };

                // Another host may have fired the same occurrence since the check: the first to add it publishes it.
                if (!store.AddOccurrence(notice))
                {
                    return null;
                }

                broadcast.Publish(notice, clock.UtcNow);
                return notice;
            });
        }
    }

    /// <summary>
    /// Sends the automatic reminder of every sent notice older than <see cref="NoticesOptions.ReRemindAfter"/> (once
    /// each), but not within <see cref="NoticesOptions.ManualRemindInterval"/> of a manual reminder (<c>提醒未读</c>): it
    /// waits until that interval has passed, as a second manual one would. Across hosts each reminder is claimed in the
    /// store before it is sent (<see cref="INoticeStore.ClaimReminder"/>): two hosts sweeping at once send it once.
    /// </summary>
    public int RemindDue()
    {
        lock (_gate)
        {
            var now = clock.UtcNow;
            var due = store.WithStatus(NoticeStatus.Sent).Where(n => AutoReminderDue(n, now)).Select(n => n.Id).ToList();
            var reminded = 0;
            foreach (var id in due)
            {
                reminded += db.InTransaction(() =>
                    store.Get(id) is { } n && AutoReminderDue(n, now) ? reminders.Remind(n, now, automatic: true) ?? 0 : 0);
            }

            return reminded;
        }
    }

    private bool AutoReminderDue(Notice n, DateTimeOffset now) =>
        n is { Status: NoticeStatus.Sent, AutoRemindedAtUtc: null }
        && n.SentAtUtc <= (now - options.Value.ReRemindAfter).UtcDateTime
        && (n.LastRemindedAtUtc is not { } last || last <= (now - options.Value.ManualRemindInterval).UtcDateTime);
}
