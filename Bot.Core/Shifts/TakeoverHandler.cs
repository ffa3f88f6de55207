using System.Globalization;
using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary><c>接班 [编号]</c>: the incoming cadre confirms the outgoing cadre's handover; both sides are recorded and the outgoing cadre told.</summary>
internal sealed class TakeoverHandler(IShiftStore store, IPeopleStore people, BotClock clock) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "takeover",
        Hans = ["接班"],
        Hant = ["接班"],
        English = ["take over", "takeover"],
        Roles = CommandSpec.Staff,
        Description = ShiftsTexts.TakeoverDescription,
        Usage = ShiftsTexts.TakeoverUsage,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ShiftAccess.Allowed(context))
        {
            return;
        }

        // Every shift of the cadre not yet over, also one whose sign-in has not opened: an outgoing cadre may hand over
        // early, and the 接班 button sent then works at once, so typed 接班 must too.
        var now = context.Now.UtcDateTime;
        var mine = store.OfCadre(context.Person.Id).Where(e => now < e.EndUtc).ToList();
        RosterEntry? outgoing;
        if (long.TryParse(context.Args.TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            outgoing = store.Entry(id);
            if (outgoing is null || outgoing.CommunityId != context.CommunityId)
            {
                context.Reply(ShiftsTexts.TakeoverUnknown, context.Args);
                return;
            }
        }
        else
        {
            outgoing = OpenHandoverFor(mine);
        }

        if (outgoing?.Handover is not { } handover)
        {
            context.Reply(ShiftsTexts.TakeoverNothing);
            return;
        }

        if (outgoing.CadreId == context.Person.Id)
        {
            context.Reply(ShiftsTexts.TakeoverOwn);
            return;
        }

        if (handover.TakenOverById is not null)
        {
            context.Reply(ShiftsTexts.TakeoverDone, handover.TakenOverByName, ShiftFormat.Time(clock, handover.TakenOverAtUtc ?? now));
            return;
        }

        outgoing.ConfirmTakeOver(context.Person.Id, context.Person.Name, now);
        store.Update(outgoing);
        if (mine.FirstOrDefault(e => e.PointId == outgoing.PointId) is { } own)
        {
            own.TookOverFromId = outgoing.Id;
            store.Update(own);
        }

        var reply = context.T(ShiftsTexts.TookOver, outgoing.PointName, outgoing.CadreName);
        if (!mine.Any(e => e.PointId == outgoing.PointId && e.IsSignedIn))
        {
            reply += "\n" + context.T(ShiftsTexts.TookOverSignInHint, outgoing.PointName);
        }

        context.Reply(reply);
        if (people.Get(outgoing.CadreId) is { } from)
        {
            context.Messenger.ToPerson(from, ShiftsTexts.YourHandoverTaken.Format(from.Language, context.Person.Name, outgoing.PointName, ShiftFormat.Time(clock, now)),
                dedupeKey: $"shift:{outgoing.Id}:taken-over");
        }
    }

    /// <summary>
    /// The open handover typed 接班 confirms: one whose 接班 button went to one of <paramref name="mine"/> (the next shift at
    /// the point when it was handed over, as <see cref="HandoverHandler"/> chose it), else the previous shift's at the point
    /// of one of them (the button of the sign-in reply, also for a substitute).
    /// </summary>
    private RosterEntry? OpenHandoverFor(IReadOnlyList<RosterEntry> mine)
    {
        foreach (var e in mine)
        {
            var atPoint = store.AtPoint(e.PointId);
            var told = atPoint
                .Where(p => p.CadreId != e.CadreId && p.Handover is { TakenOverById: null } && NextAfter(atPoint, p)?.Id == e.Id)
                .OrderByDescending(p => p.Handover!.AtUtc).FirstOrDefault();
            if (told is not null)
            {
                return told;
            }
        }

        return mine.Select(store.PreviousAt).FirstOrDefault(p => p?.Handover is { TakenOverById: null });
    }

    private static RosterEntry? NextAfter(IReadOnlyList<RosterEntry> atPoint, RosterEntry outgoing) =>
        atPoint.Where(x => x.Id != outgoing.Id && x.StartUtc >= outgoing.StartUtc && x.CadreId != outgoing.CadreId
                && x.EndUtc > outgoing.Handover!.AtUtc)
            .OrderBy(x => x.StartUtc).FirstOrDefault();
}
