using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Storage;
using LiteDB;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Shifts;

/// <summary>
/// The reminders and escalation of rostered shifts. Quartz jobs call <see cref="Fire"/>; at start <see cref="RunDue"/>
/// catches up what was missed while the bot was down. Each reminder is enqueued with the dedupe key
/// <c>shift:{entry}:{kind}</c> and logged in the same transaction, so it goes out at most once, also across restarts.
/// </summary>
public sealed class ShiftReminderService
{
    private static readonly TimeSpan EarlyTolerance = TimeSpan.FromSeconds(5);
    private readonly BotDatabase _db;
    private readonly ShiftStore _store;
    private readonly PeopleStore _people;
    private readonly Messenger _messenger;
    private readonly BotClock _clock;
    private readonly ShiftsOptions _options;
    private readonly ILogger<ShiftReminderService> _logger;
    private readonly ILiteCollection<ReminderLogEntry> _log;

    public ShiftReminderService(BotDatabase db, ShiftStore store, PeopleStore people, Messenger messenger, BotClock clock,
        IOptions<ShiftsOptions> options, ILogger<ShiftReminderService> logger)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        _db = db;
        _store = store;
        _people = people;
        _messenger = messenger;
        _clock = clock;
        _options = options.Value;
        _logger = logger;
        _log = db.Collection<ReminderLogEntry>("shift_reminders");
    }

    public ShiftsOptions Options => _options;

    /// <summary>Reminders of the entry not dealt with yet (what triggers are built from).</summary>
    public IReadOnlyList<PlannedReminder> Open(RosterEntry entry) =>
        ShiftReminderPlan.For(entry, _options).Where(p => !IsLogged(p.Key)).ToList();

    /// <summary>
    /// Every open reminder due by <paramref name="untilUtc"/> of entries that can still have one at or after
    /// <paramref name="fromUtc"/> (after <see cref="RunDue"/>, all are in the future).
    /// </summary>
    public IReadOnlyList<PlannedReminder> Upcoming(DateTime fromUtc, DateTime untilUtc) =>
        _store.EndingAfter(fromUtc - _options.HandoverMissingAfter).SelectMany(Open).Where(p => p.AtUtc <= untilUtc).ToList();

    /// <summary>Handles every reminder due by now that was not dealt with yet (catch-up at start; tests). Returns how many were sent.</summary>
    public int RunDue()
    {
        var now = _clock.UtcNow.UtcDateTime;
        var sent = 0;
        foreach (var entry in _store.EndingAfter(now - _options.HandoverMissingAfter - _options.CatchUpWindow - TimeSpan.FromDays(1)))
        {
            foreach (var p in Open(entry).Where(p => p.AtUtc <= now))
            {
                sent += Fire(p.EntryId, p.Kind) == ReminderOutcome.Sent ? 1 : 0;
            }
        }

        return sent;
    }

    /// <summary>Handles one reminder now: sends it if due, needed and still useful; records the outcome.</summary>
    public ReminderOutcome Fire(long entryId, ShiftReminderKind kind) => _db.InTransaction(() =>
    {
        var now = _clock.UtcNow.UtcDateTime;
        var key = PlannedReminder.KeyOf(entryId, kind);
        if (IsLogged(key))
        {
            return ReminderOutcome.AlreadyDone;
        }

        var entry = _store.Entry(entryId);
        var plan = entry is null ? null : ShiftReminderPlan.For(entry, _options).FirstOrDefault(p => p.Kind == kind);
        if (entry is null || plan is null)
        {
            return Log(key, ReminderOutcome.Skipped, now, now);
        }

        if (plan.AtUtc > now + EarlyTolerance)
        {
            return ReminderOutcome.NotDue;
        }

        if (kind == ShiftReminderKind.HandoverMissing && !entry.IsHandedOver)
        {
            entry.MarkHandoverMissed();
            _store.Update(entry);
        }

        if (!Needed(entry, kind, now))
        {
            return Log(key, ReminderOutcome.Skipped, plan.AtUtc, now);
        }

        if (now > plan.UsefulUntilUtc)
        {
            _logger.LogWarning("Dropped reminder {Key} due at {Due:u}: missed while the bot was down and no longer useful", key, plan.AtUtc);
            return Log(key, ReminderOutcome.Dropped, plan.AtUtc, now);
        }

        if (!Send(entry, kind, key))
        {
            _logger.LogWarning("Reminder {Key} reached nobody: no reachable recipient on a running channel", key);
            return Log(key, ReminderOutcome.Skipped, plan.AtUtc, now);
        }

        _logger.LogInformation("Sent reminder {Key} due at {Due:u}", key, plan.AtUtc);
        return Log(key, ReminderOutcome.Sent, plan.AtUtc, now);
    });

    private bool Needed(RosterEntry entry, ShiftReminderKind kind, DateTime now) => kind switch
    {
        ShiftReminderKind.Upcoming or ShiftReminderKind.NoSignIn => !entry.IsSignedIn,
        ShiftReminderKind.Uncovered => !entry.IsSignedIn && !_store.AtPoint(entry.PointId).Any(e => e.IsOnDuty(now)),
        ShiftReminderKind.HandoverDue => entry.IsSignedIn && !entry.IsHandedOver,
        _ => entry.IsSignedIn && !entry.IsHandedOver,
    };

    private bool Send(RosterEntry entry, ShiftReminderKind kind, string key)
    {
        if (kind == ShiftReminderKind.Uncovered)
        {
            return Escalate(entry, key);
        }

        if (_people.Get(entry.CadreId) is not { } cadre)
        {
            return false;
        }

        var l = cadre.Language;
        var start = ShiftFormat.Time(_clock, entry.StartUtc);
        var end = ShiftFormat.Time(_clock, entry.EndUtc);
        var (text, button) = kind switch
        {
            ShiftReminderKind.Upcoming => (ShiftsTexts.RemindUpcoming.Format(l, entry.PointName, entry.Shift, start, entry.Date),
                ShiftFormat.Button(ShiftsTexts.SignInButton.Get(l), $"/signin {entry.PointName}")),
            ShiftReminderKind.NoSignIn => (ShiftsTexts.RemindNoSignIn.Format(l, entry.PointName, start),
                ShiftFormat.Button(ShiftsTexts.SignInButton.Get(l), $"/signin {entry.PointName}")),
            ShiftReminderKind.HandoverDue => (ShiftsTexts.RemindHandover.Format(l, entry.PointName, end),
                ShiftFormat.Button(ShiftsTexts.HandoverButton.Get(l), "/handover")),
            _ => (ShiftsTexts.RemindHandoverMissing.Format(l, entry.PointName, end),
                ShiftFormat.Button(ShiftsTexts.HandoverButton.Get(l), "/handover")),
        };
        return _messenger.ToPerson(cadre, text, button is null ? null : [[button]], MessagePriority.Interactive, dedupeKey: key);
    }

    private bool Escalate(RosterEntry entry, string key)
    {
        var start = ShiftFormat.Time(_clock, entry.StartUtc);
        var reached = false;
        foreach (var secretary in _people.InCommunity(entry.CommunityId).Where(p => p.Role == Role.Secretary))
        {
            reached |= _messenger.ToPerson(secretary, ShiftsTexts.AlertUncovered.Format(secretary.Language, entry.PointName, entry.Shift, entry.CadreName, start),
                priority: MessagePriority.Interactive, dedupeKey: $"{key}:{secretary.Id}");
        }

        foreach (var group in _people.GroupsOf(entry.CommunityId, GroupPurpose.Cadres))
        {
            reached |= _messenger.ToGroup(group, ShiftsTexts.AlertUncoveredGroup.Format(Language.ZhHans, entry.PointName, entry.Shift, entry.CadreName, start),
                priority: MessagePriority.Interactive, dedupeKey: $"{key}:{group.Id}");
        }

        return reached;
    }

    private bool IsLogged(string key) => _log.FindById(key) is not null;

    private ReminderOutcome Log(string key, ReminderOutcome outcome, DateTime due, DateTime now)
    {
        _log.Upsert(new ReminderLogEntry { Id = key, Outcome = outcome, DueAtUtc = due, HandledAtUtc = now });
        return outcome;
    }
}
