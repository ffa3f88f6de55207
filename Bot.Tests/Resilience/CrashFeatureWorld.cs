using System.Globalization;
using Bot.Core.Messaging;
using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Core.Shifts;
using Bot.Core.Storage;

namespace Bot.Tests.Resilience;

/// <summary>
/// The features' part of the crash test's data file: cadres rostered on their own points (so 签到 and 交接 do real
/// work and a handover has no next cadre to notify), a bulletin sent to everyone (so 已阅 records an acknowledgement),
/// and cadres who only receive: each has a shift whose "upcoming" reminder falls due during the run, at a different
/// moment, so kills land before, during and after reminders go out.
/// </summary>
internal static class CrashFeatureWorld
{
    public const string Community = "静园社区";

    /// <summary>For the child: reminders 5 minutes before the start, so the active cadres' shifts (20 minutes ahead) are open for sign-in without a reminder during the run.</summary>
    public const string RemindBefore = "00:05:00";

    public static readonly string[] CadreTexts = ["签到", "已阅", "交接 登记3 测温12", "/myshifts", "帮助", "签到"];

    /// <summary>
    /// A Telegram resident's texts run backwards through this list (see the test), six of them; 已阅 sits right after
    /// 代购 so it never comes while the purchase conversation waits for items (where it would be taken as the items).
    /// </summary>
    public static readonly string[] ResidentTexts = ["帮助", "语言 简体", "/help", "代购 布洛芬1盒", "已阅", "社区 静园社区", "药"];

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static string PersonId(long telegramId) => "cadre" + telegramId.ToString(CultureInfo.InvariantCulture);

    public static string CadreName(long telegramId) => "干部" + telegramId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Writes cadres, roster and the sent bulletin; returns the reminder-only entries by cadre Telegram id.</summary>
    public static Dictionary<long, long> Seed(BotDatabase db, IReadOnlyList<long> activeCadres, IReadOnlyList<long> reminderCadres,
        DateTime nowUtc, TimeSpan firstDue, TimeSpan dueSpacing)
    {
        var people = new PeopleStore(db);
        var shifts = new ShiftStore(db);
        var notices = new NoticeStore(db);
        var remindBefore = TimeSpan.Parse(RemindBefore, CultureInfo.InvariantCulture);
        var reminders = new Dictionary<long, long>();
        db.InTransaction(() =>
        {
            new CommunityStore(db).EnsureCommunity(Community);
            var n = 0;
            foreach (var id in activeCadres.Concat(reminderCadres))
            {
                var cadre = new Person
                {
                    Id = PersonId(id),
                    Name = CadreName(id),
                    Role = Role.Cadre,
                    CommunityId = Community,
                    PartyMember = true,
                    TelegramUserId = id.ToString(CultureInfo.InvariantCulture),
                };
                cadre.IdentityKeys.Add($"{ChannelNames.Telegram}:{id}");
                people.Save(cadre);
                var point = new DutyPoint { CommunityId = Community, Name = "卡口" + (++n).ToString(CultureInfo.InvariantCulture) };
                shifts.SavePoint(point);
                var start = activeCadres.Contains(id)
                    ? nowUtc.AddMinutes(20)
                    : nowUtc + firstDue + dueSpacing * reminders.Count + remindBefore;
                var entry = Entry(cadre, point, start, start.AddHours(8));
                shifts.Add(entry);
                if (!activeCadres.Contains(id))
                {
                    reminders[id] = entry.Id;
                }
            }

            var notice = notices.Add(new Notice
            {
                Kind = NoticeKind.Bulletin,
                CommunityId = Community,
                Title = "核酸检测安排",
                Content = "明早7:00在社区广场做核酸检测。",
                Audience = NoticeAudience.Groups | NoticeAudience.Cadres | NoticeAudience.PartyMembers,
                AuthorId = "crash-test",
                CreatedAtUtc = nowUtc,
            });
            notice.MarkSent(nowUtc);
            notices.Update(notice);
        });
        return reminders;
    }

    /// <summary>Records everyone of the community (residents included) as the bulletin's recipients; call after all people are seeded.</summary>
    public static void AddRecipients(BotDatabase db)
    {
        var notices = new NoticeStore(db);
        var notice = notices.Recent(Community, 1).Single();
        notices.AddRecipients(new PeopleStore(db).InCommunity(Community).Select(p => new NoticeRecipient
        {
            NoticeId = notice.Id,
            PersonId = p.Id,
            Name = p.Name,
            CommunityId = Community,
            PartyMember = p.PartyMember,
        }));
    }

    private static RosterEntry Entry(Person cadre, DutyPoint point, DateTime startUtc, DateTime endUtc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(startUtc, Zone);
        return new RosterEntry
        {
            CommunityId = Community,
            PointId = DutyPoint.KeyOf(Community, point.Name),
            PointName = point.Name,
            CadreId = cadre.Id,
            CadreName = cadre.Name,
            Date = local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Shift = local.ToString("HH:mm", CultureInfo.InvariantCulture) + "-" + TimeZoneInfo.ConvertTimeFromUtc(endUtc, Zone).ToString("HH:mm", CultureInfo.InvariantCulture),
            StartUtc = startUtc,
            EndUtc = endUtc,
            CreatedAtUtc = startUtc.AddDays(-1),
        };
    }

    /// <summary>
    /// The features' effects after the run: every active cadre signed in and handed over; everyone who sent 已阅 has
    /// their acknowledgement recorded once; every reminder was enqueued once (its DedupeKey <c>shift:{id}:upcoming</c>),
    /// logged as sent and delivered. Returns the reminder copies delivered beyond the first (counted with the duplicates).
    /// </summary>
    public static int AssertEffects(BotDatabase db, IReadOnlyList<long> activeCadres, ISet<string> acknowledgerNames,
        IReadOnlyDictionary<long, long> reminders, Func<long, int> deliveredTo)
    {
        var shifts = new ShiftStore(db);
        foreach (var id in activeCadres)
        {
            var entry = Assert.Single(shifts.OfCadre(PersonId(id)));
            Assert.True(entry.IsSignedIn && entry.IsHandedOver, $"{entry.CadreName}: signed in {entry.IsSignedIn}, handed over {entry.IsHandedOver}");
            Assert.Equal("登记3 测温12", entry.Handover!.Note);
        }

        var notices = new NoticeStore(db);
        var notice = notices.Recent(Community, 1).Single();
        var people = new PeopleStore(db);
        var acknowledgers = acknowledgerNames.Select(n => people.FindByName(n)!.Id).ToList();
        Assert.NotEmpty(acknowledgers);
        foreach (var person in acknowledgers)
        {
            Assert.True(notices.Recipient(notice.Id, person)?.Acked, $"{person} sent 已阅 but no acknowledgement is recorded");
        }

        Assert.Equal(acknowledgers.Count, notices.Recipients(notice.Id).Count(r => r.Acked));
        var outbox = db.Collection<OutboxRecord>("outbox");
        var log = db.Collection<ReminderLogEntry>("shift_reminders");
        var extra = 0;
        foreach (var (cadre, entryId) in reminders)
        {
            var key = PlannedReminder.KeyOf(entryId, ShiftReminderKind.Upcoming);
            var enqueued = outbox.Find(LiteDB.BsonExpression.Create("$.DedupeKey = @0", key)).ToList();
            Assert.Equal(OutboxStatus.Sent, Assert.Single(enqueued).Status);
            Assert.Equal(ReminderOutcome.Sent, log.FindById(key)?.Outcome);
            var delivered = deliveredTo(cadre);
            Assert.True(delivered >= 1, $"reminder {key} never reached cadre {cadre}");
            extra += delivered - 1;
        }

        return extra;
    }
}
