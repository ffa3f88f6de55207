using Bot.Core.Notices;
using Bot.Core.People;
using Bot.Core.Purchases;
using Bot.Core.Shifts;
using Bot.Core.Storage;

namespace Bot.Bench;

/// <summary>
/// The features' part of a day of history, as the running bot would have left it: every point's three shifts with
/// sign-ins, handovers, take-overs and each reminder's log entry (so nothing is due again at start); the day's purchase
/// requests, confirmed; the day's bulletin to every cadre with their recipient records, most acknowledged.
/// </summary>
internal sealed class FeatureHistory
{
    public const int ShiftsPerPoint = 3;
    public const int PurchasesPerDay = 150;

    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
    private readonly ShiftsOptions _shiftOptions = new();
    private readonly List<Member> _cadres;
    private readonly List<Member> _residents;
    private readonly Random _random = new(31);

    public FeatureHistory(BotDatabase db, District district)
    {
        // The stores' own indexes first, as the bot has them from its first day.
        _ = new ShiftStore(db);
        _ = new PurchaseStore(db);
        _ = new NoticeStore(db);
        Roster = db.Collection<RosterEntry>("roster");
        ReminderLog = db.Collection<ReminderLogEntry>("shift_reminders");
        Purchases = db.Collection<PurchaseRequest>("purchases");
        Notices = db.Collection<Notice>("notices");
        Recipients = db.Collection<NoticeRecipient>("notice_recipients");
        _cadres = district.Members.Where(m => m.Role != Role.Resident).ToList();
        _residents = district.Members.Where(m => m.Role == Role.Resident).ToList();
    }

    public LiteDB.ILiteCollection<RosterEntry> Roster { get; }

    public LiteDB.ILiteCollection<ReminderLogEntry> ReminderLog { get; }

    public LiteDB.ILiteCollection<PurchaseRequest> Purchases { get; }

    public LiteDB.ILiteCollection<Notice> Notices { get; }

    public LiteDB.ILiteCollection<NoticeRecipient> Recipients { get; }

    /// <summary>Writes one local day (its midnight in UTC: <paramref name="dayStartUtc"/>); only shifts ended by <paramref name="endUtc"/>.</summary>
    public void WriteDay(DateTime dayStartUtc, DateTime endUtc)
    {
        WriteShifts(dayStartUtc, endUtc);
        WritePurchases(dayStartUtc);
        WriteNotice(dayStartUtc);
    }

    private void WriteShifts(DateTime dayStartUtc, DateTime endUtc)
    {
        var entries = new List<RosterEntry>(DistrictShifts.Points * ShiftsPerPoint);
        for (var p = 0; p < DistrictShifts.Points; p++)
        {
            for (var s = 0; s < ShiftsPerPoint; s++)
            {
                var start = dayStartUtc.AddHours(8 * s);
                var end = start.AddHours(8);
                if (end + _shiftOptions.HandoverMissingAfter + _shiftOptions.CatchUpWindow >= endUtc)
                {
                    continue;
                }

                var cadre = CadreAt(p);
                var entry = DistrictShifts.Entry(cadre, p, start, end);
                if (_random.Next(10) > 0)
                {
                    entry.MarkSignedIn(start.AddMinutes(_random.Next(-20, 15)), _shiftOptions.LateAfter);
                    entry.HandOver($"登记{_random.Next(40)} 测温{_random.Next(200)} 异常0", end.AddMinutes(-_random.Next(15)));
                    entry.ConfirmTakeOver(District.PersonId(CadreAt(p)), "接班干部", end);
                }
                else
                {
                    entry.MarkHandoverMissed();
                }

                entries.Add(entry);
            }
        }

        Roster.InsertBulk(entries);
        ReminderLog.InsertBulk(entries.SelectMany(e => ShiftReminderPlan.For(e, _shiftOptions)).Select(r => new ReminderLogEntry
        {
            Id = r.Key,
            Outcome = ReminderOutcome.Sent,
            DueAtUtc = r.AtUtc,
            HandledAtUtc = r.AtUtc,
        }));
    }

    private Member CadreAt(int point)
    {
        var candidates = _cadres.Where(c => c.Community == point % District.Communities).ToList();
        return candidates[_random.Next(candidates.Count)];
    }

    private void WritePurchases(DateTime dayStartUtc)
    {
        var requests = new List<PurchaseRequest>(PurchasesPerDay);
        for (var i = 0; i < PurchasesPerDay; i++)
        {
            var r = _residents[_random.Next(_residents.Count)];
            var claimer = _cadres.First(c => c.Community == r.Community);
            var at = dayStartUtc.AddHours(8).AddMinutes(_random.Next(600));
            var address = InboundWorkload.AddressOf(r);
            requests.Add(new PurchaseRequest
            {
                CommunityId = District.Community(r.Community),
                ResidentId = District.PersonId(r),
                ResidentName = r.Name,
                Items = "布洛芬1盒，体温计1个",
                Category = PurchaseCategory.Medicine,
                Address = HouseholdAddress.TryParse(address)!,
                HouseholdKey = IPurchaseHouseholdStore.KeyOf(District.Community(r.Community), HouseholdAddress.TryParse(address)!),
                Phone = r.Phone,
                TimeWindow = "尽快",
                Status = PurchaseStatus.Confirmed,
                CreatedAtUtc = at,
                PooledAtUtc = at,
                ClaimerId = District.PersonId(claimer),
                ClaimerName = claimer.Name,
                ClaimedAtUtc = at.AddMinutes(5),
                FirstClaimedAtUtc = at.AddMinutes(5),
                BoughtAtUtc = at.AddMinutes(60),
                Amount = 35.5m,
                DeliveredAtUtc = at.AddMinutes(90),
                ClosedAtUtc = at.AddMinutes(120),
            });
        }

        Purchases.InsertBulk(requests);
    }

    private void WriteNotice(DateTimeOffset dayStartUtc)
    {
        var sentAt = dayStartUtc.AddHours(1);
        var notice = BroadcastWorkload.NewNotice(sentAt.AddMinutes(-10));
        notice.MarkSent(sentAt);
        notice.GroupCount = District.Communities;
        notice.PersonCount = _cadres.Count;
        Notices.Insert(notice);
        Recipients.InsertBulk(_cadres.Select(c => new NoticeRecipient
        {
            Id = NoticeRecipient.KeyOf(notice.Id, District.PersonId(c)),
            NoticeId = notice.Id,
            PersonId = District.PersonId(c),
            Name = c.Name,
            CommunityId = District.Community(c.Community),
            PartyMember = true,
            Channel = Bot.Core.Messaging.ChannelNames.Telegram,
            AckedAtUtc = _random.Next(5) > 0 ? sentAt.UtcDateTime.AddMinutes(_random.Next(600)) : null,
            AckChannel = Bot.Core.Messaging.ChannelNames.Telegram,
        }));
    }

    /// <summary>Local midnight of the day containing <paramref name="utc"/>, in UTC.</summary>
    public static DateTime LocalMidnightUtc(DateTime utc) =>
        TimeZoneInfo.ConvertTimeToUtc(TimeZoneInfo.ConvertTimeFromUtc(utc, Zone).Date, Zone);
}
