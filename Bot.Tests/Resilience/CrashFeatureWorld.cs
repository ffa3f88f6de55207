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
    public static Dictionary<long, long> Seed(WorldStores stores, IReadOnlyList<long> activeCadres, IReadOnlyList<long> reminderCadres,
        DateTime nowUtc, TimeSpan firstDue, TimeSpan dueSpacing)
    {
        var (db, people, communities, shifts, notices) = stores;
        var remindBefore = TimeSpan.Parse(RemindBefore, CultureInfo.InvariantCulture);
        var reminders = new Dictionary<long, long>();
        db.InTransaction(() =>
        {
            communities.EnsureCommunity(Community);
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
    public static void AddRecipients(WorldStores stores)
    {
        var notice = stores.Notices.Recent(Community, 1).Single();
        stores.Notices.AddRecipients(stores.People.InCommunity(Community).Select(p => new NoticeRecipient
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
    /// logged as sent (<paramref name="reminderOutcome"/> of its key) and delivered. Returns the reminder copies
    /// delivered beyond the first (counted with the duplicates).
    /// </summary>
    public static int AssertEffects(WorldStores stores, IReadOnlyList<OutboxRecord> outbox, Func<string, ReminderOutcome?> reminderOutcome,
        IReadOnlyList<long> activeCadres, ISet<string> acknowledgerNames, IReadOnlyDictionary<long, long> reminders, Func<long, int> deliveredTo)
    {
        foreach (var id in activeCadres)
        {
            var entry = Assert.Single(stores.Shifts.OfCadre(PersonId(id)));
            Assert.True(entry.IsSignedIn && entry.IsHandedOver, $"{entry.CadreName}: signed in {entry.IsSignedIn}, handed over {entry.IsHandedOver}");
            Assert.Equal("登记3 测温12", entry.Handover!.Note);
        }

        var notice = stores.Notices.Recent(Community, 1).Single();
        var acknowledgers = acknowledgerNames.Select(n => stores.People.FindByName(n)!.Id).ToList();
        Assert.NotEmpty(acknowledgers);
        foreach (var person in acknowledgers)
        {
            Assert.True(stores.Notices.Recipient(notice.Id, person)?.Acked, $"{person} sent 已阅 but no acknowledgement is recorded");
        }

        Assert.Equal(acknowledgers.Count, stores.Notices.Recipients(notice.Id).Count(r => r.Acked));
        var extra = 0;
        foreach (var (cadre, entryId) in reminders)
        {
            var key = PlannedReminder.KeyOf(entryId, ShiftReminderKind.Upcoming);
            Assert.Equal(OutboxStatus.Sent, Assert.Single(outbox, o => o.DedupeKey == key).Status);
            Assert.Equal(ReminderOutcome.Sent, reminderOutcome(key));
            var delivered = deliveredTo(cadre);
            Assert.True(delivered >= 1, $"reminder {key} never reached cadre {cadre}");
            extra += delivered - 1;
        }

        return extra;
    }
}

/// <summary>The stores the crash tests' world is written and checked through, on one backend.</summary>
internal sealed record WorldStores(IUnitOfWork Db, IPeopleStore People, ICommunityStore Communities, IShiftStore Shifts, INoticeStore Notices)
{
    public static WorldStores LiteDb(BotDatabase db) => new(db, new PeopleStore(db), new CommunityStore(db), new ShiftStore(db), new NoticeStore(db));
}
