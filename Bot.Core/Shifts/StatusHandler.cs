using System.Text;
using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Bot.Core.Texts;
using Microsoft.Extensions.Options;

namespace Bot.Core.Shifts;

/// <summary><c>在岗</c>: every point of the secretary's community with who is signed in now, who is late, what is uncovered.</summary>
internal sealed class StatusHandler(IShiftStore store, BotClock clock, IOptions<ShiftsOptions> options) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "status",
        Hans = ["在岗", "在岗情况"],
        Hant = ["在崗", "在崗情況"],
        English = ["on duty", "status"],
        Roles = CommandSpec.Secretaries,
        Description = ShiftsTexts.StatusDescription,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ShiftAccess.Allowed(context))
        {
            return;
        }

        var now = context.Now.UtcDateTime;
        var points = store.Points(context.CommunityId);
        if (points.Count == 0)
        {
            context.Reply(ShiftsTexts.NoPoints, context.CommunityId);
            return;
        }

        var sb = new StringBuilder(context.T(ShiftsTexts.StatusHeader, context.CommunityId, ShiftFormat.Time(clock, now)));
        var uncovered = 0;
        foreach (var point in points)
        {
            // Running shifts, and anyone on duty there already: signed in early (and perhaps taken over) before their start.
            var running = store.AtPoint(point.Id).Where(e => e.IsRunning(now) || e.IsOnDuty(now)).ToList();
            sb.Append('\n').Append(context.T(ShiftsTexts.StatusPoint, point.Name, context.T(PostKinds.Name(point.Kind))));
            if (running.Count == 0)
            {
                sb.Append(context.T(ShiftsTexts.StatusNoShift));
                continue;
            }

            var parts = running.Select(e => Describe(context, e, now)).ToList();
            if (!running.Any(e => e.IsOnDuty(now)))
            {
                uncovered++;
                parts.Insert(0, context.T(ShiftsTexts.StatusUncovered));
            }

            sb.Append(string.Join(context.T(ShiftsTexts.StatusPartSeparator), parts));
        }

        sb.Append('\n').Append(context.T(ShiftsTexts.StatusFooter, points.Count, uncovered));
        context.Reply(sb.ToString());
    }

    private string Describe(CommandContext context, RosterEntry e, DateTime now)
    {
        var name = e.Substitution ? context.T(ShiftsTexts.StatusSubstitute, e.CadreName) : e.CadreName;
        if (e.Handover is { } h)
        {
            return context.T(ShiftsTexts.StatusHandedOver, name, ShiftFormat.Time(clock, h.AtUtc));
        }

        if (e.SignIn is { } s)
        {
            return s.LateMinutes > 0
                ? context.T(ShiftsTexts.StatusLate, name, ShiftFormat.Time(clock, s.AtUtc), Durations.FromMinutes(s.LateMinutes, context.Language))
                : context.T(ShiftsTexts.StatusOnDuty, name, ShiftFormat.Time(clock, s.AtUtc));
        }

        var overdue = (int)Math.Floor((now - e.StartUtc).TotalMinutes);
        return now - e.StartUtc > options.Value.LateAfter
            ? context.T(ShiftsTexts.StatusMissing, name, Durations.FromMinutes(overdue, context.Language))
            : context.T(ShiftsTexts.StatusExpected, name, e.Shift);
    }
}
