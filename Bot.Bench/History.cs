using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Storage;

namespace Bot.Bench;

/// <summary>
/// Writes 30 days of the district's traffic into a data file: every day <see cref="InboundPerDay"/> handled inbox
/// records and their replies plus <see cref="BulkPerDay"/> sent bulk messages (notices, reminders), and the features'
/// own records of the day (<see cref="FeatureHistory"/>: roster with sign-ins and handovers, reminder log, purchase
/// requests, the day's bulletin with its recipients).
/// </summary>
internal static class History
{
    public const int Days = 30;
    public const int InboundPerDay = 6000;
    public const int BulkPerDay = 4000;

    public static void Write(string dataFile, District district, DateTime endUtc)
    {
        using var db = new BotDatabase(dataFile);
        var inbox = db.Collection<InboxRecord>("inbox");
        var outbox = db.Collection<OutboxRecord>("outbox");
        // The stores' own indexes first, as the bot has them from its first day (building them later is not startup work).
        _ = new LiteDbInbox(db);
        _ = new LiteDbOutbox(db, TimeProvider.System, []);
        var features = new FeatureHistory(db, district);
        var random = new Random(30);
        for (var day = 0; day < Days; day++)
        {
            var date = endUtc.AddDays(day - Days);
            var inRecords = new List<InboxRecord>(InboundPerDay);
            var outRecords = new List<OutboxRecord>(InboundPerDay + BulkPerDay);
            for (var i = 0; i < InboundPerDay; i++)
            {
                var m = district.Members[random.Next(district.Members.Count)];
                var at = date.AddSeconds(random.Next(86_400));
                var chat = m.TelegramId.ToString(CultureInfo.InvariantCulture);
                inRecords.Add(new InboxRecord
                {
                    Key = $"telegram:{day}-{i}",
                    Handled = true,
                    Attempts = 1,
                    Channel = ChannelNames.Telegram,
                    ChatId = chat,
                    ChatKind = ChatKind.Private,
                    SenderId = chat,
                    SenderName = m.Name,
                    Text = "帮助",
                    PlatformMessageId = $"{day}-{i}",
                    ReceivedAtUtc = at,
                });
                outRecords.Add(Sent($"reply:{day}-{i}", chat, "发送“帮助”查看可用命令。", at));
            }

            for (var i = 0; i < BulkPerDay; i++)
            {
                var m = district.Members[i % district.Members.Count];
                outRecords.Add(Sent($"bulk:{day}:{i}", m.TelegramId.ToString(CultureInfo.InvariantCulture), BroadcastWorkload.Text, date.AddHours(8)));
            }

            db.InTransaction(() =>
            {
                inbox.InsertBulk(inRecords);
                outbox.InsertBulk(outRecords);
                features.WriteDay(FeatureHistory.LocalMidnightUtc(date), endUtc);
            });
        }

        db.Checkpoint();
    }

    private static OutboxRecord Sent(string key, string chat, string text, DateTime at)
    {
        var record = OutboxRecord.From(OutgoingMessage.Simple(ChatAddress.PrivateTo(ChannelNames.Telegram, chat), text), text, key, at);
        record.Status = OutboxStatus.Sent;
        record.Queue = "";
        record.SentAtUtc = at;
        record.Attempts = 1;
        return record;
    }
}
