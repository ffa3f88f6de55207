using System.Globalization;
using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Bot.Core.People;
using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary><c>取消排班 &lt;编号&gt;</c> or <c>取消排班 &lt;点位&gt; &lt;日期&gt; &lt;班次&gt; &lt;姓名&gt;</c>: takes a shift off the roster.</summary>
internal sealed class CancelRosterHandler(IShiftStore store, IPeopleStore people, BotClock clock) : ICommandHandler
{
    public CommandSpec Spec { get; } = new()
    {
        Name = "unroster",
        Hans = ["取消排班"],
        Hant = ["取消排班"],
        English = ["unroster", "cancel shift"],
        Roles = CommandSpec.Secretaries,
        Description = ShiftsTexts.CancelRosterDescription,
        Usage = ShiftsTexts.CancelRosterUsage,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ShiftAccess.Allowed(context))
        {
            return;
        }

        var entry = Find(context);
        if (entry is null || entry.CommunityId != context.CommunityId || entry.Cancelled)
        {
            context.Reply(ShiftsTexts.CancelRosterNotFound, context.Args);
            return;
        }

        if (entry.IsSignedIn)
        {
            context.Reply(ShiftsTexts.CancelRosterSignedIn, entry.CadreName, entry.PointName);
            return;
        }

        entry.Cancel();
        store.UpdateRoster(entry);
        context.Reply(ShiftsTexts.CancelRosterDone, entry.CadreName, entry.PointName, entry.Date, entry.Shift);
        if (people.Get(entry.CadreId) is { } cadre && cadre.Id != context.Person.Id)
        {
            context.Messenger.ToPerson(cadre, ShiftsTexts.CancelRosterYou.Format(cadre.Language, entry.PointName, entry.Date, entry.Shift),
                dedupeKey: $"shift:{entry.Id}:cancelled");
        }
    }

    private RosterEntry? Find(CommandContext context)
    {
        var parts = context.Args.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 1 && long.TryParse(parts[0].TrimStart('#'), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return store.Entry(id);
        }

        if (parts.Length != 4 || !ShiftDates.TryParse(parts[1], clock.Today, out var date) || !ShiftTemplate.TryParse(parts[2], out var shift))
        {
            return null;
        }

        var point = store.FindPoint(context.CommunityId, parts[0]);
        var cadre = people.FindByName(parts[3], context.CommunityId);
        return point is null || cadre is null ? null : store.FindSame(point.Id, ShiftFormat.Date(date), shift.ToString(), cadre.Id);
    }
}
