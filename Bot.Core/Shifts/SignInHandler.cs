using Bot.Core.Messaging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Shifts;

/// <summary>
/// <c>签到 [点位]</c>: signs the cadre in to their rostered shift (open from <see cref="ShiftsOptions.SignInOpensBefore"/>
/// before the start to the end), or to an uncovered point as a substitution.
/// </summary>
internal sealed class SignInHandler(IShiftStore store, SignInRecorder recorder, SignInLocationFlow flow, Configuration.BotClock clock,
    IOptions<ShiftsOptions> options) : ICommandHandler
{
    private readonly ShiftsOptions _options = options.Value;

    public CommandSpec Spec { get; } = new()
    {
        Name = "signin",
        Hans = ["签到", "上岗"],
        Hant = ["簽到"],
        English = ["sign in", "signin"],
        Roles = CommandSpec.Staff,
        Description = ShiftsTexts.SignInDescription,
        Usage = ShiftsTexts.SignInUsage,
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
        var open = mine.Where(e => e.StartUtc - _options.SignInOpensBefore <= now && now < e.EndUtc).ToList();
        if (context.Args.Length > 0)
        {
            SignInAt(context, mine, open, now);
            return;
        }

        var waiting = open.Where(e => !e.IsSignedIn).ToList();
        if (waiting.Count == 1)
        {
            recorder.SignIn(context, waiting[0], flow);
        }
        else if (waiting.Count > 1)
        {
            var buttons = waiting.Select(e => ShiftFormat.Button($"{e.PointName} {e.Shift}", $"/signin {e.PointName}"))
                .OfType<Button>().Select(b => (IReadOnlyList<Button>)[b]).ToList();
            context.Reply(context.T(ShiftsTexts.ChoosePoint, string.Join(context.T(ShiftsTexts.ListSeparator), waiting.Select(e => e.PointName))), buttons);
        }
        else if (open.FirstOrDefault(e => e.IsSignedIn) is { } signed)
        {
            context.Reply(ShiftsTexts.AlreadySignedIn, signed.PointName, ShiftFormat.Time(clock, signed.SignIn!.AtUtc));
        }
        else
        {
            ExplainNoShift(context, mine, now);
        }
    }

    private void SignInAt(CommandContext context, IReadOnlyList<RosterEntry> mine, List<RosterEntry> open, DateTime now)
    {
        // 签到 一号岗: a point named with Chinese numerals is also looked up with digits (1号岗).
        var point = store.FindPoint(context.CommunityId, context.Args)
            ?? store.FindPoint(context.CommunityId, Texts.ChineseNumerals.ToArabic(context.Args));
        if (point is null)
        {
            var names = string.Join(context.T(ShiftsTexts.ListSeparator), store.Points(context.CommunityId).Select(p => p.Name));
            context.Reply(ShiftsTexts.UnknownPoint, context.Args, names.Length > 0 ? names : "—");
            return;
        }

        if (open.FirstOrDefault(e => e.PointId == point.Id && !e.IsSignedIn) is { } entry)
        {
            recorder.SignIn(context, entry, flow);
            return;
        }

        if (open.FirstOrDefault(e => e.PointId == point.Id) is { } signed)
        {
            context.Reply(ShiftsTexts.AlreadySignedIn, signed.PointName, ShiftFormat.Time(clock, signed.SignIn!.AtUtc));
            return;
        }

        var atPoint = store.AtPoint(point.Id);
        var running = atPoint.Where(e => e.IsRunning(now) && !e.Substitution).ToList();
        var onDuty = atPoint.Where(e => e.IsOnDuty(now) && e.StartUtc - _options.SignInOpensBefore <= now).ToList();
        if (running.Count > 0 && onDuty.Count == 0)
        {
            var absent = running[0];
            var substitute = new RosterEntry
            {
                CommunityId = point.CommunityId,
                PointId = point.Id,
                PointName = point.Name,
                CadreId = context.Person.Id,
                CadreName = context.Person.Name,
                Date = absent.Date,
                Shift = absent.Shift,
                StartUtc = absent.StartUtc,
                EndUtc = absent.EndUtc,
                CreatedAtUtc = now,
                Substitution = true,
                CoversEntryId = absent.Id,
            };
            store.Add(substitute);
            recorder.SignIn(context, substitute, flow);
            return;
        }

        var mineThere = mine.Where(e => e.PointId == point.Id).ToList();
        if (mineThere.FirstOrDefault(e => e.StartUtc - _options.SignInOpensBefore > now) is { } later)
        {
            context.Reply(ShiftsTexts.TooEarly, later.PointName, later.Shift, ShiftFormat.ShortDateTime(clock, later.StartUtc - _options.SignInOpensBefore));
        }
        else if (mineThere.LastOrDefault(e => e.EndUtc <= now && now - e.EndUtc < TimeSpan.FromHours(12)) is { } ended)
        {
            context.Reply(ShiftsTexts.ShiftOver, ended.PointName, ended.Shift, ShiftFormat.Time(clock, ended.EndUtc));
        }
        else if (onDuty.Count > 0)
        {
            context.Reply(ShiftsTexts.NotRosteredCovered, point.Name, string.Join(context.T(ShiftsTexts.ListSeparator), onDuty.Select(e => e.CadreName)));
        }
        else
        {
            context.Reply(ShiftsTexts.NotRostered, point.Name);
        }
    }

    private void ExplainNoShift(CommandContext context, IReadOnlyList<RosterEntry> mine, DateTime now)
    {
        if (mine.LastOrDefault(e => e.EndUtc <= now && now - e.EndUtc < TimeSpan.FromHours(12) && !e.IsSignedIn) is { } ended)
        {
            context.Reply(ShiftsTexts.ShiftOver, ended.PointName, ended.Shift, ShiftFormat.Time(clock, ended.EndUtc));
        }
        else if (mine.FirstOrDefault(e => e.StartUtc > now) is { } next)
        {
            context.Reply(ShiftsTexts.TooEarly, next.PointName, next.Shift, ShiftFormat.ShortDateTime(clock, next.StartUtc - _options.SignInOpensBefore));
        }
        else
        {
            context.Reply(ShiftsTexts.NoShift);
        }
    }
}
