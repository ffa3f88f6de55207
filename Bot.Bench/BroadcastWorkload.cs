using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Storage;

namespace Bot.Bench;

/// <summary>
/// The outbox messages one notice to the whole district produces: one per community cadres' group and one per cadre,
/// on each channel, Bulk priority, a DedupeKey per recipient and a BatchKey per notice. When the Notices feature is
/// merged, replace the body of <see cref="Enqueue"/> with a call to its publishing service (the one 发布通知 uses).
/// </summary>
internal static class BroadcastWorkload
{
    public const string Text = "【通知】今晚20:00在社区党群服务中心召开防疫工作部署会，请各位干部准时参加。收到请回复“已阅”。";

    public static int Enqueue(BotDatabase db, IOutbox outbox, District district, string channel, string noticeId) => db.InTransaction(() =>
    {
        var count = 0;
        for (var k = 0; k < District.Communities; k++)
        {
            var chat = channel == ChannelNames.Telegram
                ? District.TelegramGroup(k).ToString(CultureInfo.InvariantCulture)
                : "appchat:" + District.WeComGroup(k);
            count += Add(outbox, new ChatAddress(channel, chat, ChatKind.Group), noticeId) ? 1 : 0;
        }

        foreach (var m in district.Members.Where(m => m.Role != Bot.Core.People.Role.Resident))
        {
            var id = channel == ChannelNames.Telegram ? m.TelegramId.ToString(CultureInfo.InvariantCulture) : m.WeComId;
            count += Add(outbox, ChatAddress.PrivateTo(channel, id), noticeId) ? 1 : 0;
        }

        return count;
    });

    private static bool Add(IOutbox outbox, ChatAddress to, string noticeId) => outbox.Enqueue(new OutgoingMessage
    {
        To = to,
        Text = Text,
        Priority = MessagePriority.Bulk,
        DedupeKey = $"notice:{noticeId}:{to.Key}",
        BatchKey = $"notice:{noticeId}",
    });
}
