using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Notices;

/// <summary>
/// Publishes a notice: one outbox message per group chat and per person, all in the bulk priority (interactive replies
/// go first), each with a per-recipient dedupe key (<c>notice:{id}:{recipient}</c>) so a resumed or repeated fan-out
/// never enqueues anyone a second copy, and the batch key <c>notice:{id}</c> so WeCom sends up to 1,000 ids per call.
/// Each channel has its own dispatcher, so one channel's outage does not hold up another; the enqueued count per
/// channel is recorded on the notice. Runs synchronously inside the caller's transaction. The notice is marked sent
/// first, conditionally (<see cref="INoticeStore.MarkSent"/>): of two hosts publishing the same notice, one fans out.
/// </summary>
internal sealed class NoticeBroadcastService(INoticeStore store, NoticeAudienceResolver resolver, NoticeMessageBuilder builder, Messenger messenger)
{
    public static string BatchKeyOf(int noticeId) => $"notice:{noticeId}";

    public static string DedupeKeyOf(int noticeId, string recipient) => $"notice:{noticeId}:{recipient}";

    /// <summary>Sends <paramref name="notice"/>; null (and nothing sent) when another caller sent or cancelled it meanwhile.</summary>
    public ResolvedAudience? Publish(Notice notice, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(notice);
        notice.MarkSent(now);
        if (!store.MarkSent(notice))
        {
            return null;
        }

        var audience = resolver.Resolve(notice.CommunityId, notice.Audience);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var messages = new Dictionary<Language, NoticeMessage>();
        NoticeMessage In(Language language) =>
            messages.TryGetValue(language, out var m) ? m : messages[language] = builder.Build(notice, language);

        foreach (var g in audience.Groups)
        {
            var m = In(Language.ZhHans);
            var to = new ChatAddress(g.Channel, g.ChatId, ChatKind.Group);
            if (messenger.Send(to, m.Text, m.Buttons, MessagePriority.Bulk, DedupeKeyOf(notice.Id, g.Id), file: m.File))
            {
                counts[g.Channel] = counts.GetValueOrDefault(g.Channel) + 1;
            }
        }

        var recipients = new List<NoticeRecipient>(audience.People.Count);
        foreach (var p in audience.People)
        {
            var m = In(p.Language);
            var channel = messenger.AddressOf(p)?.Channel;
            if (messenger.ToPerson(p, m.Text, m.Buttons, MessagePriority.Bulk, DedupeKeyOf(notice.Id, p.Id), BatchKeyOf(notice.Id), m.File))
            {
                counts[channel!] = counts.GetValueOrDefault(channel!) + 1;
            }

            recipients.Add(new NoticeRecipient
            {
                NoticeId = notice.Id,
                PersonId = p.Id,
                Name = p.Name,
                CommunityId = p.CommunityId,
                PartyMember = p.PartyMember,
                Reachable = channel is not null,
                Channel = channel,
            });
        }

        store.AddRecipients(recipients);
        notice.GroupCount = audience.Groups.Count;
        notice.PersonCount = audience.People.Count;
        notice.ChannelCounts = counts;
        store.Update(notice);
        return audience;
    }
}
