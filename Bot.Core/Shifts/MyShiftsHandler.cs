using System.Text;
using Bot.Core.Messaging;

namespace Bot.Core.Shifts;

/// <summary><c>我的班次</c>: a cadre's current and next shifts.</summary>
internal sealed class MyShiftsHandler(IShiftStore store) : ICommandHandler
{
    private const int Shown = 10;

    public CommandSpec Spec { get; } = new()
    {
        Name = "myshifts",
        Hans = ["我的班次", "我的排班"],
        Hant = ["我的班次", "我的排班"],
        English = ["my shifts", "myshifts"],
        Roles = CommandSpec.Staff,
        Description = ShiftsTexts.MyShiftsDescription,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var now = context.Now.UtcDateTime;
        var next = store.OfCadre(context.Person.Id).Where(e => e.EndUtc > now).Take(Shown).ToList();
        if (next.Count == 0)
        {
            context.Reply(ShiftsTexts.MyShiftsNone);
            return;
        }

        var sb = new StringBuilder(context.T(ShiftsTexts.MyShiftsHeader));
        foreach (var e in next)
        {
            var state = e.IsHandedOver ? context.T(ShiftsTexts.StateHandedOver)
                : e.IsSignedIn ? context.T(ShiftsTexts.StateSignedIn)
                : e.IsRunning(now) ? context.T(ShiftsTexts.StateNotSignedIn)
                : "";
            var kind = store.Point(e.PointId) is { } p ? context.T(PostKinds.Name(p.Kind)) : "";
            sb.Append('\n').Append(context.T(ShiftsTexts.MyShiftsLine, e.Date, e.Shift, e.PointName, kind, state).TrimEnd());
        }

        context.Reply(sb.ToString());
    }
}
