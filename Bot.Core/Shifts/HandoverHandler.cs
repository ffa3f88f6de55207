using Bot.Core.Configuration;
using Bot.Core.Messaging;
using Bot.Core.People;
using Microsoft.Extensions.Options;
using Bot.Core.Texts;

namespace Bot.Core.Shifts;

/// <summary>
/// <c>交接 [note]</c>: ends the cadre's shift with a note (counts such as 登记12 测温30 are read from it) and tells the
/// next cadre at the point, who confirms with <c>接班</c>.
/// </summary>
internal sealed class HandoverHandler(IShiftStore store, IPeopleStore people, BotClock clock, IOptions<ShiftsOptions> options) : ICommandHandler
{
    private readonly ShiftsOptions _options = options.Value;

    public CommandSpec Spec { get; } = new()
    {
        Name = "handover",
        Hans = ["交接", "交班"],
        Hant = ["交接", "交班"],
        English = ["handover", "hand over"],
        Roles = CommandSpec.Staff,
        Description = ShiftsTexts.HandoverDescription,
        Usage = ShiftsTexts.HandoverUsage,
    };

    public void Handle(CommandContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!ShiftAccess.Allowed(context))
        {
            return;
        }

        var now = context.Now.UtcDateTime;
        var mine = store.OfCadre(context.Person.Id);
        var entry = mine.FirstOrDefault(e => e.IsSignedIn && !e.IsHandedOver && now <= e.EndUtc + _options.HandoverMissingAfter + _options.CatchUpWindow);
        if (entry is null)
        {
            context.Reply(mine.Any(e => e.IsRunning(now) && !e.IsSignedIn) ? ShiftsTexts.HandoverSignInFirst : ShiftsTexts.HandoverNothing);
            return;
        }

        entry.HandOver(RawText.Args(context), now);
        store.Update(entry);
        var lines = new List<string> { context.T(ShiftsTexts.HandedOver, entry.PointName, entry.Shift, ShiftFormat.Time(clock, now)) };
        if (entry.Handover!.Counts.Count > 0)
        {
            lines.Add(context.T(ShiftsTexts.HandoverCounts, entry.Handover.CountsText));
        }

        var next = store.AtPoint(entry.PointId)
            .Where(e => e.Id != entry.Id && e.StartUtc >= entry.StartUtc && e.CadreId != entry.CadreId && e.EndUtc > now)
            .OrderBy(e => e.StartUtc).FirstOrDefault();
        if (next is not null && people.Get(next.CadreId) is { } incoming)
        {
            var note = entry.Handover.Note.Length > 0 ? entry.Handover.Note : "—";
            var button = ShiftFormat.Button(ShiftsTexts.TakeOverButton.Get(incoming.Language), $"/takeover {entry.Id}");
            context.Messenger.ToPerson(incoming, ShiftsTexts.HandoverToYou.Format(incoming.Language, entry.CadreName, entry.PointName, note),
                button is null ? null : [[button]], dedupeKey: $"shift:{entry.Id}:handover-to:{next.Id}");
            lines.Add(context.T(ShiftsTexts.HandoverNextTold, next.CadreName, next.Shift));
        }
        else
        {
            lines.Add(context.T(ShiftsTexts.HandoverNoNext));
        }

        context.Reply(string.Join('\n', lines));
    }
}
