using System.Text;
using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary><c>排班 &lt;点位&gt; &lt;日期&gt; &lt;班次&gt; &lt;姓名&gt;</c> puts a cadre on the roster; <c>排班 &lt;日期&gt;</c> lists a day.</summary>
internal sealed class RosterHandler(IShiftStore store, RosterPlanner planner, IPeopleStore people, BotClock clock) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "roster",
        Hans = ["排班"],
        Hant = ["排班"],
        English = ["roster"],
        Roles = CommandSpec.Secretaries,
        Description = ShiftsTexts.RosterDescription,
        Usage = ShiftsTexts.RosterUsage,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ShiftAccess.Allowed(context))
        {
            return;
        }

        var parts = context.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length <= 1)
        {
            var day = clock.Today;
            if (parts.Length == 1 && !ShiftDates.TryParse(parts[0], clock.Today, out day))
            {
                context.Reply(ShiftsTexts.RosterUsageReply);
                return;
            }

            List(context, day);
            return;
        }

        if (parts.Length != 4)
        {
            context.Reply(ShiftsTexts.RosterUsageReply);
            return;
        }

        if (!ShiftDates.TryParse(parts[1], clock.Today, out var date))
        {
            context.Reply(ShiftsTexts.BadDate, parts[1]);
            return;
        }

        if (!ShiftTemplate.TryParse(parts[2], out var shift))
        {
            context.Reply(ShiftsTexts.BadShift, parts[2]);
            return;
        }

        var (entry, added, problem, detail) = planner.Add(context.CommunityId, parts[0], date, shift, parts[3]);
        if (entry is null)
        {
            context.Reply(problem!, detail);
            return;
        }

        context.Reply(added ? ShiftsTexts.Rostered : ShiftsTexts.RosteredAlready, entry.Id, entry.CadreName, entry.PointName, entry.Date, entry.Shift);
        if (added && people.Get(entry.CadreId) is { } cadre && cadre.Id != context.Person.Id)
        {
            context.Messenger.ToPerson(cadre, ShiftsTexts.RosteredYou.Format(cadre.Language, entry.PointName, entry.Date, entry.Shift),
                dedupeKey: $"shift:{entry.Id}:rostered");
        }
    }

    private void List(CommandContext context, DateOnly day)
    {
        var date = ShiftFormat.Date(day);
        var entries = store.Between(date, date, context.CommunityId);
        if (entries.Count == 0)
        {
            context.Reply(ShiftsTexts.RosterEmpty, date);
            return;
        }

        var sb = new StringBuilder(context.T(ShiftsTexts.RosterListHeader, context.CommunityId, date));
        foreach (var e in entries)
        {
            sb.Append('\n').Append(context.T(ShiftsTexts.RosterListLine, e.Id, e.PointName, e.Shift, e.CadreName));
        }

        context.Reply(sb.ToString());
    }
}
