using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Notices;

/// <summary>Sends a notice again, with a reminder line, only to the people it was addressed to who have not acknowledged it.</summary>
internal sealed class NoticeReminders(INoticeStore store, IPeopleStore people, NoticeMessageBuilder builder, Messenger messenger)
{
    /// <summary>
    /// Returns how many people were reminded, or null (nothing sent) when another caller (host) reminded from the same
    /// stored notice first: the reminder is claimed (<see cref="INoticeStore.ClaimReminder"/>) before anything is
    /// enqueued. Runs inside the caller's transaction.
    /// </summary>
    public int? Remind(Notice notice, DateTimeOffset now, bool automatic)
    {
        ArgumentNullException.ThrowIfNull(notice);
        notice.RecordReminder(now, automatic);
        if (!store.ClaimReminder(notice))
        {
            return null;
        }

        var pending = store.Recipients(notice.Id).Where(r => r.Addressed && !r.Acked).ToList();
        var round = notice.RemindCount;
        var count = 0;
        foreach (var r in pending)
        {
            var person = people.Get(r.PersonId);
            if (person is null)
            {
                continue;
            }

            var m = builder.Build(notice, person.Language, reminder: true);
            if (messenger.ToPerson(person, m.Text, m.Buttons, MessagePriority.Bulk,
                    NoticeBroadcastService.DedupeKeyOf(notice.Id, $"r{round}:{person.Id}"), $"{NoticeBroadcastService.BatchKeyOf(notice.Id)}:r{round}", m.File))
            {
                count++;
            }
        }

        return count;
    }
}
