using System.Globalization;
using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Shifts;

/// <summary>
/// How early the "upcoming" reminders of a crowded instant are released, so that the last of them reaches the platform
/// by its due time. The batch is paced by the slowest channel-wide rate among the registered channels (rules with
/// <see cref="RateScope.Channel"/>, e.g. Telegram's 30 per second); per-chat rules (WeCom's per member) add nothing, as
/// every reminder goes to a different cadre. Only <see cref="ShiftReminderKind.Upcoming"/> goes early: it names the
/// shift's start time, so arriving some seconds early is harmless; every other kind depends on the state at its due time.
/// </summary>
internal sealed class EarlyRelease
{
    /// <summary>Added to a non-zero lead: a send completes a moment after it starts, and a window's permits count from completion.</summary>
    public static readonly TimeSpan Margin = TimeSpan.FromSeconds(1);

    private readonly (string Channel, RateRule Rule)[] _rules;

    public EarlyRelease(IEnumerable<ChannelLimits> channels, IOptions<ShiftsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(options);
        _rules = channels.SelectMany(c => c.Rules.Select(r => (c.Channel, Rule: r)))
            .Where(x => x.Rule.Scope == RateScope.Channel && x.Rule.Permits > 0 && x.Rule.Window > TimeSpan.Zero).ToArray();
        MaxLead = options.Value.MaxEarlyRelease > TimeSpan.Zero ? options.Value.MaxEarlyRelease : TimeSpan.Zero;
    }

    /// <summary>The longest lead ever given (<see cref="ShiftsOptions.MaxEarlyRelease"/>).</summary>
    public TimeSpan MaxLead { get; }

    /// <summary>
    /// The lead for <paramref name="count"/> upcoming reminders due at one instant: the whole windows the slowest
    /// channel-wide rule needs before the last of them may go, plus <see cref="Margin"/>; none when they fit in one
    /// window (a lone reminder never goes early); at most <see cref="MaxLead"/>.
    /// </summary>
    public TimeSpan LeadFor(int count)
    {
        var lead = Slowest(count)?.Lead ?? TimeSpan.Zero;
        return lead < MaxLead ? lead : MaxLead;
    }

    /// <summary>The rule that paces <paramref name="count"/> reminders, as the log names it ("telegram 30 per 00:00:01"), or null.</summary>
    public string? RateFor(int count) => Slowest(count) is { } s
        ? string.Create(CultureInfo.InvariantCulture, $"{s.Channel} {s.Rule.Permits} per {s.Rule.Window}")
        : null;

    /// <summary>
    /// The release time of each plan, in the same order: an upcoming reminder's due time less the lead of its instant
    /// (counted among <paramref name="plans"/>, so they must hold whole instants); every other kind's due time.
    /// </summary>
    public IReadOnlyList<ReleasedReminder> Of(IReadOnlyCollection<PlannedReminder> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var leads = plans.Where(p => p.Kind == ShiftReminderKind.Upcoming).GroupBy(p => ShiftReminderService.Instant(p.AtUtc))
            .ToDictionary(g => g.Key, g => LeadFor(g.Count()));
        return plans.Select(p => new ReleasedReminder(p,
            p.Kind == ShiftReminderKind.Upcoming ? p.AtUtc - leads[ShiftReminderService.Instant(p.AtUtc)] : p.AtUtc)).ToList();
    }

    private (string Channel, RateRule Rule, TimeSpan Lead)? Slowest(int count)
    {
        (string, RateRule, TimeSpan)? slowest = null;
        var longest = TimeSpan.Zero;
        foreach (var (channel, rule) in _rules)
        {
            // Whole windows that pass before the last batch of Permits may start.
            var windows = ((count + rule.Permits - 1) / rule.Permits) - 1;
            var lead = windows > 0 ? (rule.Window * windows) + Margin : TimeSpan.Zero;
            if (lead > longest)
            {
                (slowest, longest) = ((channel, rule, lead), lead);
            }
        }

        return slowest;
    }
}
