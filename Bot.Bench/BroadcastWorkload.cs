using Bot.Core.Notices;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Bench;

/// <summary>
/// One bulletin to the whole district published the way 发布通知 publishes it: a <see cref="Notice"/> for every
/// community (<see cref="Notice.AllCommunities"/>) to the cadres' groups and every cadre, fanned out by the Notices
/// feature's own <see cref="NoticeBroadcastService"/> in one transaction (Bulk priority, a DedupeKey per recipient,
/// the BatchKey per notice, recipients recorded for acknowledgements).
/// </summary>
internal static class BroadcastWorkload
{
    public const string Title = "防疫工作部署会";

    public const string Text = "今晚20:00在社区党群服务中心召开防疫工作部署会，请各位干部准时参加。收到请回复“已阅”。";

    /// <summary>Publishes the notice; returns its id and the outbox messages it produced (groups + reachable people).</summary>
    public static (int NoticeId, int Messages) Publish(IUnitOfWork db, INoticeStore store, NoticeBroadcastService broadcast, DateTimeOffset now) =>
        db.InTransaction(() =>
        {
            var notice = store.Add(NewNotice(now));
            var audience = broadcast.Publish(notice, now)!;
            return (notice.Id, audience.Groups.Count + audience.People.Count - audience.Unreachable);
        });

    /// <summary>
    /// Writes the bulletin as already sent to every cadre (recipient records, nothing in the outbox), so 已阅 has
    /// something to acknowledge in the inbound scenario.
    /// </summary>
    public static void SeedSent(IServiceProvider stores, District district, DateTimeOffset now)
    {
        var store = stores.GetRequiredService<INoticeStore>();
        stores.GetRequiredService<IUnitOfWork>().InTransaction(() =>
        {
            var notice = NewNotice(now.AddMinutes(-10));
            notice.MarkSent(now);
            store.Add(notice);
            var cadres = district.Members.Where(m => m.Role != Bot.Core.People.Role.Resident).ToList();
            notice.PersonCount = cadres.Count;
            store.Update(notice);
            store.AddRecipients(cadres.Select(c => new NoticeRecipient
            {
                NoticeId = notice.Id,
                PersonId = District.PersonId(c),
                Name = c.Name,
                CommunityId = District.Community(c.Community),
                PartyMember = true,
                Channel = Bot.Core.Messaging.ChannelNames.Telegram,
            }));
        });
    }

    /// <summary>The district-wide bulletin, still a draft (the history writes sent copies of it).</summary>
    public static Notice NewNotice(DateTimeOffset now) => new()
    {
        Kind = NoticeKind.Bulletin,
        CommunityId = Notice.AllCommunities,
        Title = Title,
        Content = Text,
        Audience = NoticeAudience.Groups | NoticeAudience.Cadres,
        AuthorId = "bench",
        CreatedAtUtc = now.UtcDateTime,
    };
}
