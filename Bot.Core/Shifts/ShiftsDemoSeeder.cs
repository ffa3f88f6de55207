using Bot.Core.Configuration;
using Bot.Core.Demo;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Shifts;

/// <summary>Adds the demo points (<c>Demo:Points</c>) and today's demo shifts (<c>Demo:Shifts</c>); idempotent.</summary>
public sealed class ShiftsDemoSeeder(ShiftStore store, RosterPlanner planner, BotClock clock, ILogger<ShiftsDemoSeeder> logger) : IDemoSeeder
{
    public void Seed(DemoOptions demo)
    {
        ArgumentNullException.ThrowIfNull(demo);
        foreach (var p in demo.Points.Where(p => !string.IsNullOrWhiteSpace(p.Name)))
        {
            store.SavePoint(new DutyPoint
            {
                CommunityId = demo.Community,
                Name = p.Name.Trim(),
                Kind = PostKinds.Parse(p.Kind) ?? PostKind.PointDuty,
                Aliases = p.Aliases.ToList(),
                Latitude = p.Latitude,
                Longitude = p.Longitude,
                RadiusMeters = p.RadiusMeters,
            });
        }

        foreach (var s in demo.Shifts)
        {
            if (!ShiftTemplate.TryParse($"{s.Start}-{s.End}", out var shift))
            {
                logger.LogWarning("Demo shift {Point} {Start}-{End} skipped: the times must be HH:mm", s.Point, s.Start, s.End);
                continue;
            }

            var (entry, _, problem, detail) = planner.Add(demo.Community, s.Point, clock.Today, shift, s.Cadre);
            if (entry is null)
            {
                logger.LogWarning("Demo shift {Point} {Shift} {Cadre} skipped: {Problem}", s.Point, shift, s.Cadre, problem!.Format(People.Language.English, detail));
            }
        }
    }
}
