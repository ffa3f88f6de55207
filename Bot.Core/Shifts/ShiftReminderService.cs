using System.Globalization;
using Bot.Core.Configuration;
using Bot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Shifts;

/// <summary>
/// The reminders and escalation of rostered shifts. One Quartz trigger per distinct due instant calls
/// <see cref="RunDueNow"/>; at start <see cref="RunDue()"/> catches up what was missed while the bot was down. Each reminder is enqueued with the dedupe key
/// <c>shift:{entry}:{kind}</c> after claiming it in the reminder log in the same transaction (only the claim's winner
/// sends), so it goes out at most once, also across restarts and with several hosts on one database.
/// A reminder is sent once its release time has come: its due time, or for a crowded instant's "upcoming" reminders
/// some seconds before it (<see cref="EarlyRelease"/>), so the last of them still reaches the platform on time.
/// </summary>
internal sealed class ShiftReminderService
{
    private static readonly TimeSpan EarlyTolerance = TimeSpan.FromSeconds(5);
    private readonly IUnitOfWork _db;
    private readonly IShiftStore _store;
    private readonly ReminderMessages _messages;
    private readonly BotClock _clock;
    private readonly EarlyRelease _release;
    private readonly ShiftsOptions _options;
    private readonly ILogger<ShiftReminderService> _logger;
    private readonly IShiftReminderLog _log;

    public ShiftReminderService(IUnitOfWork db, IShiftStore store, IShiftReminderLog log, ReminderMessages messages, BotClock clock,
        EarlyRelease release, IOptions<ShiftsOptions> options, ILogger<ShiftReminderService> logger)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(options);
        _db = db;
        _store = store;
        _log = log;
        _messages = messages;
        _clock = clock;
        _release = release;
        _options = options.Value;
        _logger = logger;
    }

    public ShiftsOptions Options => _options;

    /// <summary>Reminders of the entry not dealt with yet (what triggers are built from).</summary>
    public IReadOnlyList<PlannedReminder> Open(RosterEntry entry) =>
        ShiftReminderPlan.For(entry, _options).Where(p => !IsLogged(p.Key)).ToList();

    /// <summary>
    /// The distinct instants (per whole second, UTC, the earliest due time in it) at which a reminder of a roster entry falls due within
    /// [<paramref name="fromUtc"/>, <paramref name="untilUtc"/>], each with the earliest release time of what falls due
    /// then: what Quartz triggers are built from. Read from the roster only (no log look-ups): an instant whose reminders
    /// were dealt with meanwhile just finds nothing due.
    /// </summary>
    public IReadOnlyList<DueInstant> DueInstants(DateTime fromUtc, DateTime untilUtc) =>
        Released(fromUtc, untilUtc).Where(r => r.Plan.AtUtc >= fromUtc && r.Plan.AtUtc <= untilUtc).GroupBy(r => Instant(r.Plan.AtUtc))
            .Select(g => new DueInstant(g.Min(r => r.Plan.AtUtc), g.Min(r => r.ReleaseUtc))).OrderBy(d => d.AtUtc).ToList();

    /// <summary>
    /// When <paramref name="plan"/> may be sent: its due time, or for an "upcoming" reminder its due time less the lead
    /// its instant's crowd needs (one read of the roster of its shift's date).
    /// </summary>
    public DateTime ReleaseOf(PlannedReminder plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return plan.AtUtc - LeadOf(plan.Kind, Instant(plan.AtUtc));
    }

    /// <summary>A due time truncated to the whole second: the instant a trigger stands for.</summary>
    public static DateTime Instant(DateTime atUtc) => new(atUtc.Ticks - (atUtc.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);

    /// <summary>
    /// Catch-up at start: handles every reminder due by now that was not dealt with yet, of shifts that ended up to a
    /// day (plus the catch-up window) ago. Returns how many were sent.
    /// </summary>
    public int RunDue() => RunDue(_options.CatchUpWindow + TimeSpan.FromDays(1), TimeSpan.Zero);

    /// <summary>
    /// What each due-instant trigger calls: handles every open reminder whose release time has come (a few seconds'
    /// early tolerance, as Quartz may fire a moment early) and that fell due at most <see cref="ShiftsOptions.CatchUpWindow"/>
    /// ago, in due-time order, deciding from the roster as it is now. Idempotent (reminder log and outbox dedupe keys);
    /// reads only the entries whose reminders can fall due in that window, so it stays cheap with a district's roster.
    /// Returns how many were sent.
    /// </summary>
    public int RunDueNow() => RunDue(_options.CatchUpWindow, EarlyTolerance);

    private int RunDue(TimeSpan lookback, TimeSpan early)
    {
        var now = _clock.UtcNow.UtcDateTime;
        var released = Released(now - lookback, now + early + _release.MaxLead)
            .Where(r => r.Plan.AtUtc >= now - lookback && r.ReleaseUtc <= now + early && !IsLogged(r.Plan.Key)).ToList();
        foreach (var batch in released.Where(r => r.Lead > TimeSpan.Zero && r.Plan.AtUtc > now).GroupBy(r => Instant(r.Plan.AtUtc)))
        {
            var lead = batch.First().Lead;
            _logger.LogInformation("Releasing {Count} upcoming reminders due at {Due:u} {Lead} early (channel rate {Rate})",
                batch.Count(), batch.Key, lead, _release.RateFor(batch.Count()));
        }

        var sent = 0;
        foreach (var r in released)
        {
            sent += Fire(r.Plan.EntryId, r.Plan.Kind, (Instant(r.Plan.AtUtc), r.Lead)) == ReminderOutcome.Sent ? 1 : 0;
        }

        return sent;
    }

    /// <summary>Every reminder due within the whole seconds from <paramref name="fromUtc"/> to <paramref name="untilUtc"/>, with its release time, by due time.</summary>
    private IReadOnlyList<ReleasedReminder> Released(DateTime fromUtc, DateTime untilUtc) =>
        _release.Of(PlansWithin(Instant(fromUtc), Instant(untilUtc).AddTicks(TimeSpan.TicksPerSecond - 1)).ToList());

    /// <summary>The lead of a reminder of <paramref name="kind"/> due at <paramref name="instant"/>: only "upcoming" ones, from their count there.</summary>
    private TimeSpan LeadOf(ShiftReminderKind kind, DateTime instant)
    {
        if (kind != ShiftReminderKind.Upcoming || _release.MaxLead <= TimeSpan.Zero)
        {
            return TimeSpan.Zero;
        }

        // The entries whose "upcoming" reminder is due at the instant start RemindBefore later, on that start's local date.
        var start = instant + _options.RemindBefore;
        var count = _store.Between(LocalDate(start), LocalDate(start.AddSeconds(1))).SelectMany(e => ShiftReminderPlan.For(e, _options))
            .Count(p => p.Kind == ShiftReminderKind.Upcoming && Instant(p.AtUtc) == instant);
        return _release.LeadFor(count);
    }

    /// <summary>Every reminder of a not-cancelled entry due within [from, until], by due time.</summary>
    private IEnumerable<PlannedReminder> PlansWithin(DateTime fromUtc, DateTime untilUtc)
    {
        // A shift is shorter than a day, so its reminders lie between start - RemindBefore and start + a day + the
        // largest offset after it; the roster is queried by the local date of the start (indexed), the rest in memory.
        var after = TimeSpan.FromDays(1) + _options.HandoverMissingAfter.Duration() + _options.NoSignInAfter.Duration() + _options.EscalateAfter.Duration();
        var first = LocalDate(fromUtc - after);
        var last = LocalDate(untilUtc + _options.RemindBefore.Duration());
        return _store.Between(first, last).SelectMany(e => ShiftReminderPlan.For(e, _options))
            .Where(p => p.AtUtc >= fromUtc && p.AtUtc <= untilUtc).OrderBy(p => p.AtUtc);
    }

    /// <summary>Handles one reminder now: sends it if its release time has come and it is needed and still useful; records the outcome.</summary>
    public ReminderOutcome Fire(long entryId, ShiftReminderKind kind) => Fire(entryId, kind, null);

    /// <summary><paramref name="lead"/>: the lead already counted for the instant (a run reads the roster once for all), else counted here.</summary>
    private ReminderOutcome Fire(long entryId, ShiftReminderKind kind, (DateTime Instant, TimeSpan Lead)? lead) => _db.InTransaction(() =>
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
            return Claim(key, ReminderOutcome.Skipped, now, now);
        }

        var instant = Instant(plan.AtUtc);
        var release = plan.AtUtc - (lead is { } l && l.Instant == instant ? l.Lead : LeadOf(kind, instant));
        if (release > now + EarlyTolerance)
        {
            return ReminderOutcome.NotDue;
        }

        // Decided from the roster before claiming; only the claim's winner acts on it (marks, sends, logs).
        var outcome = !Needed(entry, kind, now) ? ReminderOutcome.Skipped
            : now > plan.UsefulUntilUtc ? ReminderOutcome.Dropped
            : ReminderOutcome.Sent;
        if (Claim(key, outcome, plan.AtUtc, now) == ReminderOutcome.AlreadyDone)
        {
            return ReminderOutcome.AlreadyDone;
        }

        if (kind == ShiftReminderKind.HandoverMissing && !entry.IsHandedOver)
        {
            entry.MarkHandoverMissed();
            _store.Update(entry);
        }

        if (outcome == ReminderOutcome.Dropped)
        {
            _logger.LogWarning("Dropped reminder {Key} due at {Due:u}: missed while the bot was down and no longer useful", key, plan.AtUtc);
        }

        if (outcome != ReminderOutcome.Sent)
        {
            return outcome;
        }

        if (!_messages.Send(entry, kind, key))
        {
            _logger.LogWarning("Reminder {Key} reached nobody: no reachable recipient on a running channel", key);
            _log.Record(Logged(key, ReminderOutcome.Skipped, plan.AtUtc, now));
            return ReminderOutcome.Skipped;
        }

        _logger.LogInformation("Sent reminder {Key} due at {Due:u}", key, plan.AtUtc);
        return ReminderOutcome.Sent;
    });

    private bool Needed(RosterEntry entry, ShiftReminderKind kind, DateTime now) => kind switch
    {
        ShiftReminderKind.Upcoming or ShiftReminderKind.NoSignIn => !entry.IsSignedIn,
        ShiftReminderKind.Uncovered => !entry.IsSignedIn && !_store.AtPoint(entry.PointId).Any(e => e.IsOnDuty(now)),
        ShiftReminderKind.HandoverDue => entry.IsSignedIn && !entry.IsHandedOver,
        _ => entry.IsSignedIn && !entry.IsHandedOver,
    };

    private string LocalDate(DateTime utc) => _clock.ToLocal(utc).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private bool IsLogged(string key) => _log.IsLogged(key);

    /// <summary>Claims the reminder with <paramref name="outcome"/>: that outcome when this caller won it, else <see cref="ReminderOutcome.AlreadyDone"/>.</summary>
    private ReminderOutcome Claim(string key, ReminderOutcome outcome, DateTime due, DateTime now) =>
        _log.TryClaim(Logged(key, outcome, due, now)) ? outcome : ReminderOutcome.AlreadyDone;

    private static ReminderLogEntry Logged(string key, ReminderOutcome outcome, DateTime due, DateTime now) =>
        new() { Id = key, Outcome = outcome, DueAtUtc = due, HandledAtUtc = now };
}
