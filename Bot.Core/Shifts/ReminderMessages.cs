using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary>The text and addressees of each kind of shift reminder, enqueued with its dedupe key.</summary>
internal sealed class ReminderMessages(IPeopleStore people, ICommunityStore communities, Messenger messenger, BotClock clock)
{
    /// <summary>Enqueues the reminder of <paramref name="kind"/> for <paramref name="entry"/>; false when it reached nobody.</summary>
    public bool Send(RosterEntry entry, ShiftReminderKind kind, string key)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (kind == ShiftReminderKind.Uncovered)
        {
            return Escalate(entry, key);
        }

        if (people.Get(entry.CadreId) is not { } cadre)
        {
            return false;
        }

        var l = cadre.Language;
        var start = ShiftFormat.Time(clock, entry.StartUtc);
        var end = ShiftFormat.Time(clock, entry.EndUtc);
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
        return messenger.ToPerson(cadre, text, button is null ? null : [[button]], MessagePriority.Interactive, dedupeKey: key);
    }

    private bool Escalate(RosterEntry entry, string key)
    {
        var start = ShiftFormat.Time(clock, entry.StartUtc);
        var reached = false;
        foreach (var secretary in people.InCommunity(entry.CommunityId).Where(p => p.Role == Role.Secretary))
        {
            reached |= messenger.ToPerson(secretary, ShiftsTexts.AlertUncovered.Format(secretary.Language, entry.PointName, entry.Shift, entry.CadreName, start),
                priority: MessagePriority.Interactive, dedupeKey: $"{key}:{secretary.Id}");
        }

        foreach (var group in communities.GroupsOf(entry.CommunityId, GroupPurpose.Cadres))
        {
            reached |= messenger.ToGroup(group, ShiftsTexts.AlertUncoveredGroup.Format(Language.ZhHans, entry.PointName, entry.Shift, entry.CadreName, start),
                priority: MessagePriority.Interactive, dedupeKey: $"{key}:{group.Id}");
        }

        return reached;
    }
}
